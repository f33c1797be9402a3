package org.healthcode.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.codes.CodeFixtures.aRing;
import static org.healthcode.codes.CodeFixtures.aSigningKey;
import static org.healthcode.codes.CodeFixtures.aSubject;
import static org.healthcode.codes.CodeFixtures.aVerifier;
import static org.healthcode.codes.CodeFixtures.anIssuer;
import static org.healthcode.codes.CodeFixtures.negativeYesterday;

import java.time.Duration;
import java.time.Instant;
import org.healthcode.codes.keys.KeyRing;
import org.healthcode.codes.keys.SigningKey;
import org.healthcode.common.RejectedException;
import org.junit.jupiter.api.Test;

class CodeVerificationTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final SigningKey key = aSigningKey(START.minus(Duration.ofDays(1)));
    private final KeyRing ring = aRing(key);
    private final CodeIssuer issuer = anIssuer(ring, clock);
    private final CodeVerifier verifier = aVerifier(ring, clock);

    @Test
    void a_screen_code_verifies_with_exactly_the_claims_it_was_issued_with() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.GREEN, negativeYesterday(START));

        Verification verification = verifier.verify(issued.text());

        assertThat(verification).isEqualTo(new Verification.Accepted(issued.claims(), key.id()));
        assertThat(issued.claims().expiresAt()).isEqualTo(START.plusSeconds(60));
        assertThat(issued.claims().region()).isEqualTo(RegionCode.of("310000"));
    }

    @Test
    void a_card_code_carries_its_serial_and_no_colour() {
        IssuedCode issued = issuer.issueCard(aSubject(), CardSerial.of(123456789L), TestRecency.NONE);

        HealthCode claims = verifier.claimsOrThrow(issued.text());

        assertThat(claims.kind()).isEqualTo(CodeKind.CARD);
        assertThat(claims.cardSerial()).contains(CardSerial.of(123456789L));
        assertThat(claims.colour()).isEmpty();
        assertThat(claims.expiresAt()).isEqualTo(START.plus(Duration.ofDays(365)));
    }

    @Test
    void a_code_text_uses_only_the_qr_alphanumeric_set_and_stays_short() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.RED, negativeYesterday(START));

        assertThat(issued.text()).startsWith("HCN1:").matches("[0-9A-Z $%*+\\-./:]+");
        assertThat(issued.text().length()).isLessThan(250);
    }

    @Test
    void a_code_is_still_accepted_within_the_clock_tolerance_after_expiry() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);

        clock.advance(Duration.ofSeconds(60 + 30));

        assertThat(verifier.verify(issued.text()).accepted()).isTrue();
    }

    @Test
    void a_code_past_expiry_and_tolerance_is_rejected_as_expired() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);

        clock.advance(Duration.ofSeconds(60 + 30 + 1));

        assertThat(verifier.verify(issued.text())).isEqualTo(Verification.rejected(CodeRejection.EXPIRED));
    }

    @Test
    void a_code_from_further_in_the_future_than_the_tolerance_is_not_yet_valid() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);

        clock.set(START.minusSeconds(31));

        assertThat(verifier.verify(issued.text())).isEqualTo(Verification.rejected(CodeRejection.NOT_YET_VALID));
    }

    @Test
    void a_code_from_within_the_tolerance_in_the_future_is_accepted() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);

        clock.set(START.minusSeconds(30));

        assertThat(verifier.verify(issued.text()).accepted()).isTrue();
    }

    @Test
    void a_code_signed_by_a_key_the_verifier_does_not_know_is_rejected_as_unknown_key() {
        IssuedCode issued = issuer.issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);
        CodeVerifier stranger = aVerifier(aRing(aSigningKey(START)), clock);

        assertThat(stranger.verify(issued.text())).isEqualTo(Verification.rejected(CodeRejection.UNKNOWN_KEY));
    }

    @Test
    void a_code_signed_by_a_retired_key_is_rejected_as_unknown_key() {
        SigningKey successor = aSigningKey(START.plus(Duration.ofDays(1)));
        KeyRing rotated = ring.with(successor);
        IssuedCode issued = anIssuer(rotated, clock).issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);
        CodeVerifier later = aVerifier(rotated, clock);

        clock.set(START.plus(Duration.ofDays(1)).plus(CodeFixtures.RETENTION));

        assertThat(issued.keyId()).isEqualTo(key.id());
        assertThat(later.verify(issued.text())).isEqualTo(Verification.rejected(CodeRejection.UNKNOWN_KEY));
    }

    @Test
    void another_prefix_or_version_is_rejected_as_unknown_version() {
        String text =
                issuer.issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE).text();

        assertThat(verifier.verify("HCN2:" + text.substring(5)))
                .isEqualTo(Verification.rejected(CodeRejection.UNKNOWN_VERSION));
        assertThat(verifier.verify("HC1:" + text.substring(5)))
                .isEqualTo(Verification.rejected(CodeRejection.UNKNOWN_VERSION));
    }

    @Test
    void garbage_bad_base45_and_overlong_texts_are_unreadable() {
        assertThat(verifier.verify("hello")).isEqualTo(Verification.rejected(CodeRejection.UNREADABLE));
        assertThat(verifier.verify("")).isEqualTo(Verification.rejected(CodeRejection.UNREADABLE));
        assertThat(verifier.verify(null)).isEqualTo(Verification.rejected(CodeRejection.UNREADABLE));
        assertThat(verifier.verify("HCN1:abc")).isEqualTo(Verification.rejected(CodeRejection.UNREADABLE));
        assertThat(verifier.verify("HCN1:ZZZZ")).isEqualTo(Verification.rejected(CodeRejection.UNREADABLE));
        assertThat(verifier.verify("HCN1:" + "0".repeat(2000)))
                .isEqualTo(Verification.rejected(CodeRejection.UNREADABLE));
    }

    @Test
    void claims_or_throw_throws_a_rejection_carrying_the_reason() {
        assertThatThrownBy(() -> verifier.claimsOrThrow("HCN1:ZZZZ"))
                .isInstanceOf(RejectedException.class)
                .extracting(thrown -> ((RejectedException) thrown).errorCode())
                .isEqualTo(CodeRejection.UNREADABLE);
    }

    @Test
    void an_issuer_refuses_claims_that_outlive_the_validity_of_their_kind() {
        HealthCode tooLong = HealthCode.screen(
                CodeFixtures.SHANGHAI, aSubject(), Colour.GREEN, START, START.plusSeconds(3600), TestRecency.NONE);

        assertThatThrownBy(() -> issuer.issue(tooLong)).isInstanceOf(IllegalArgumentException.class);
    }
}
