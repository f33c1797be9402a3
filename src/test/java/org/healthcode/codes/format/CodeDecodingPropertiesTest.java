package org.healthcode.codes.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.codes.CodeFixtures.aRing;
import static org.healthcode.codes.CodeFixtures.aSigningKey;
import static org.healthcode.codes.CodeFixtures.aSubject;
import static org.healthcode.codes.CodeFixtures.aVerifier;
import static org.healthcode.codes.CodeFixtures.anIssuer;
import static org.healthcode.codes.CodeFixtures.negativeYesterday;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import nl.minvws.encoding.Base45;
import org.healthcode.codes.CodeRejection;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.Colour;
import org.healthcode.codes.IssuedCode;
import org.healthcode.codes.MovableClock;
import org.healthcode.codes.Verification;
import org.healthcode.codes.keys.KeyRing;

/** Whatever text reaches the verifier, it answers with an acceptance or one of the documented rejections. */
class CodeDecodingPropertiesTest {

    private static final String BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final Set<CodeRejection> OFFLINE_REASONS = EnumSet.of(
            CodeRejection.UNREADABLE,
            CodeRejection.UNKNOWN_VERSION,
            CodeRejection.UNKNOWN_KEY,
            CodeRejection.BAD_SIGNATURE,
            CodeRejection.EXPIRED,
            CodeRejection.NOT_YET_VALID);

    private static final KeyRing RING = aRing(aSigningKey(START));
    private static final MovableClock CLOCK = new MovableClock(START);
    private static final IssuedCode VALID =
            anIssuer(RING, CLOCK).issueScreen(aSubject(), Colour.YELLOW, negativeYesterday(START));
    private static final CodeVerifier VERIFIER = aVerifier(RING, CLOCK);

    @Property(tries = 500)
    void random_strings_are_rejected_with_a_documented_reason(@ForAll @Size(max = 300) String text) {
        assertRejectedCleanly(text);
    }

    @Property(tries = 500)
    void random_bytes_behind_our_prefix_are_rejected_with_a_documented_reason(@ForAll @Size(max = 400) byte[] bytes) {
        assertRejectedCleanly(CodeFormat.PREFIX + Base45.getEncoder().encodeToString(bytes));
    }

    @Property(tries = 500)
    void random_zlib_streams_behind_our_prefix_are_rejected_with_a_documented_reason(
            @ForAll @Size(max = 300) byte[] bytes) {
        assertRejectedCleanly(CodeLayers.wrap(bytes));
    }

    @Property(tries = 1000)
    void a_valid_code_with_one_character_changed_is_never_accepted_with_other_claims(
            @ForAll("positions") int position, @ForAll("base45Characters") char replacement) {
        char[] text = VALID.text().toCharArray();
        text[position] = replacement;

        Verification verification = VERIFIER.verify(new String(text));

        if (verification instanceof Verification.Accepted accepted) {
            assertThat(accepted.claims()).isEqualTo(VALID.claims());
        } else {
            assertThat(OFFLINE_REASONS).contains(((Verification.Rejected) verification).reason());
        }
    }

    @Property(tries = 1000)
    void a_valid_code_with_one_inner_byte_changed_is_never_accepted_with_other_claims(
            @ForAll("cosePositions") int position, @ForAll byte replacement) {
        byte[] cose = CodeLayers.cose(VALID.text());
        cose[position % cose.length] = replacement;

        Verification verification = VERIFIER.verify(CodeLayers.wrap(cose));

        if (verification instanceof Verification.Accepted accepted) {
            assertThat(accepted.claims()).isEqualTo(VALID.claims());
        } else {
            assertThat(OFFLINE_REASONS).contains(((Verification.Rejected) verification).reason());
        }
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, VALID.text().length() - 1);
    }

    @Provide
    Arbitrary<Integer> cosePositions() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Provide
    Arbitrary<Character> base45Characters() {
        return Arbitraries.of(BASE45.chars().mapToObj(c -> (char) c).toList());
    }

    private static void assertRejectedCleanly(String text) {
        Verification verification = VERIFIER.verify(text);

        assertThat(verification).isInstanceOf(Verification.Rejected.class);
        assertThat(OFFLINE_REASONS).contains(((Verification.Rejected) verification).reason());
    }
}
