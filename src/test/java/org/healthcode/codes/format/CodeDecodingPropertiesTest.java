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
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.minvws.encoding.Base45;
import org.healthcode.codes.CodeRejection;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.Colour;
import org.healthcode.codes.IssuedCode;
import org.healthcode.codes.MovableClock;
import org.healthcode.codes.Verification;
import org.healthcode.codes.keys.KeyRing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    @ParameterizedTest
    @MethodSource("randomStrings")
    void random_strings_are_rejected_with_a_documented_reason(String text) {
        assertRejectedCleanly(text);
    }

    @ParameterizedTest
    @MethodSource("randomBytes")
    void random_bytes_behind_our_prefix_are_rejected_with_a_documented_reason(byte[] bytes) {
        assertRejectedCleanly(CodeFormat.PREFIX + Base45.getEncoder().encodeToString(bytes));
    }

    @ParameterizedTest
    @MethodSource("randomBytes")
    void random_zlib_streams_behind_our_prefix_are_rejected_with_a_documented_reason(byte[] bytes) {
        assertRejectedCleanly(CodeLayers.wrap(bytes));
    }

    @ParameterizedTest
    @MethodSource("characterChanges")
    void a_valid_code_with_one_character_changed_is_never_accepted_with_other_claims(int position, char replacement) {
        char[] text = VALID.text().toCharArray();
        text[position] = replacement;

        Verification verification = VERIFIER.verify(new String(text));

        if (verification instanceof Verification.Accepted accepted) {
            assertThat(accepted.claims()).isEqualTo(VALID.claims());
        } else {
            assertThat(OFFLINE_REASONS).contains(((Verification.Rejected) verification).reason());
        }
    }

    @ParameterizedTest
    @MethodSource("byteChanges")
    void a_valid_code_with_one_inner_byte_changed_is_never_accepted_with_other_claims(int position, byte replacement) {
        byte[] cose = CodeLayers.cose(VALID.text());
        cose[position % cose.length] = replacement;

        Verification verification = VERIFIER.verify(CodeLayers.wrap(cose));

        if (verification instanceof Verification.Accepted accepted) {
            assertThat(accepted.claims()).isEqualTo(VALID.claims());
        } else {
            assertThat(OFFLINE_REASONS).contains(((Verification.Rejected) verification).reason());
        }
    }

    // Seeded generators: every run feeds the same cases, so a failure names a case that repeats.

    static Stream<String> randomStrings() {
        Random random = new Random(45L);
        return Stream.generate(() -> {
                    int length = random.nextInt(301);
                    StringBuilder text = new StringBuilder(length);
                    for (int i = 0; i < length; i++) {
                        text.append(
                                random.nextBoolean()
                                        ? BASE45.charAt(random.nextInt(BASE45.length()))
                                        : (char) random.nextInt(0x3000));
                    }
                    return random.nextInt(4) == 0 ? CodeFormat.PREFIX + text : text.toString();
                })
                .limit(500);
    }

    static Stream<byte[]> randomBytes() {
        Random random = new Random(18L);
        return Stream.generate(() -> {
                    byte[] bytes = new byte[random.nextInt(401)];
                    random.nextBytes(bytes);
                    return bytes;
                })
                .limit(500);
    }

    static Stream<Arguments> characterChanges() {
        Random random = new Random(1363L);
        return Stream.generate(() -> Arguments.of(
                        random.nextInt(VALID.text().length()), BASE45.charAt(random.nextInt(BASE45.length()))))
                .limit(1000);
    }

    static Stream<Arguments> byteChanges() {
        Random random = new Random(8152L);
        return Stream.generate(() -> Arguments.of(random.nextInt(10_001), (byte) random.nextInt(256)))
                .limit(1000);
    }

    private static void assertRejectedCleanly(String text) {
        Verification verification = VERIFIER.verify(text);

        assertThat(verification).isInstanceOf(Verification.Rejected.class);
        assertThat(OFFLINE_REASONS).contains(((Verification.Rejected) verification).reason());
    }
}
