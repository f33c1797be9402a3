package org.healthcode.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.codes.CodeFixtures.CARD_VALIDITY;
import static org.healthcode.codes.CodeFixtures.SCREEN_VALIDITY;
import static org.healthcode.codes.CodeFixtures.SHANGHAI;
import static org.healthcode.codes.CodeFixtures.TOLERANCE;
import static org.healthcode.codes.CodeFixtures.aRing;
import static org.healthcode.codes.CodeFixtures.aSigningKey;
import static org.healthcode.codes.CodeFixtures.aSubject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.healthcode.codes.format.CodeFormat;
import org.healthcode.codes.keys.KeyRing;
import org.healthcode.codes.keys.SigningKey;
import org.healthcode.codes.keys.TrustedKeys;
import org.junit.jupiter.api.Test;

class VerifiedCodesTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final SigningKey key = aSigningKey(START.minus(Duration.ofDays(1)));
    private final KeyRing ring = aRing(key);
    private final VerifiedCodes verified = VerifiedCodes.holding(1_000, Duration.ofMinutes(10));
    private final CodeIssuer issuer =
            new CodeIssuer(() -> ring, SHANGHAI, SCREEN_VALIDITY, CARD_VALIDITY, clock, verified);
    private final CodeVerifier verifier = new CodeVerifier(ring, TOLERANCE, clock, verified);

    @Test
    void the_issuer_remembers_every_code_it_signs_with_its_key() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);

        assertThat(verified.signedBy(issued.text(), key.id())).isTrue();
        assertThat(verified.signedBy(issued.text(), aSigningKey(START).id())).isFalse();
        assertThat(verified.signedBy(issued.text() + "0", key.id())).isFalse();
    }

    @Test
    void a_code_signed_elsewhere_is_remembered_once_its_signature_checked_out() {
        IssuedCode issued = anotherNodesIssuer().issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);
        assertThat(verified.signedBy(issued.text(), key.id())).isFalse();

        assertThat(verifier.verify(issued.text()).accepted()).isTrue();

        assertThat(verified.signedBy(issued.text(), key.id())).isTrue();
    }

    @Test
    void a_forged_signature_is_rejected_and_not_remembered() {
        String forged = forgedCode();

        assertThat(verifier.verify(forged)).isEqualTo(Verification.rejected(CodeRejection.BAD_SIGNATURE));
        assertThat(verified.signedBy(forged, key.id())).isFalse();
    }

    @Test
    void a_remembered_text_is_not_checked_against_its_signature_again() {
        String forged = forgedCode();
        verified.remember(forged, key.id());

        assertThat(verifier.verify(forged).accepted()).isTrue();
    }

    @Test
    void a_remembered_code_is_still_refused_when_its_key_is_no_longer_trusted() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);
        CodeVerifier distrusting = new CodeVerifier(TrustedKeys.of(List.of()), TOLERANCE, clock, verified);

        assertThat(distrusting.verify(issued.text())).isEqualTo(Verification.rejected(CodeRejection.UNKNOWN_KEY));
    }

    @Test
    void a_remembered_code_is_still_refused_once_expired() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);

        clock.advance(SCREEN_VALIDITY.plus(TOLERANCE).plusSeconds(1));

        assertThat(verifier.verify(issued.text())).isEqualTo(Verification.rejected(CodeRejection.EXPIRED));
    }

    @Test
    void a_memory_of_no_entries_remembers_nothing() {
        VerifiedCodes none = VerifiedCodes.holding(0, Duration.ofMinutes(10));

        none.remember("HCN1:ANY", key.id());

        assertThat(none.signedBy("HCN1:ANY", key.id())).isFalse();
    }

    private CodeIssuer anotherNodesIssuer() {
        return new CodeIssuer(() -> ring, SHANGHAI, SCREEN_VALIDITY, CARD_VALIDITY, clock);
    }

    /** A screen code naming the trusted key but signed by a stranger's key. */
    private String forgedCode() {
        HealthCode claims = HealthCode.screen(
                SHANGHAI, aSubject(), Colour.GREEN, START, START.plus(SCREEN_VALIDITY), TestRecency.NONE);
        return CodeFormat.encode(claims, key.id(), aSigningKey(START).privateKey());
    }
}
