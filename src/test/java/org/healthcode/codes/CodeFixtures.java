package org.healthcode.codes;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.healthcode.codes.keys.KeyId;
import org.healthcode.codes.keys.KeyRing;
import org.healthcode.codes.keys.P256;
import org.healthcode.codes.keys.SelfSignedCertificates;
import org.healthcode.codes.keys.SigningKey;

/** Test data for codes: keys, rings, issuers and verifiers on a movable clock. */
public final class CodeFixtures {

    public static final RegionCode SHANGHAI = RegionCode.of("310000");
    public static final Duration SCREEN_VALIDITY = Duration.ofSeconds(60);
    public static final Duration CARD_VALIDITY = Duration.ofDays(365);
    public static final Duration TOLERANCE = Duration.ofSeconds(30);
    public static final Duration RETENTION = CARD_VALIDITY.plus(TOLERANCE);

    private CodeFixtures() {}

    public static SubjectToken aSubject() {
        return SubjectToken.of(new byte[] {7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
    }

    public static TestRecency negativeYesterday(Instant now) {
        return TestRecency.sampled(now.minus(Duration.ofHours(20)), TestResult.NEGATIVE, NegativeWithin.HOURS_24);
    }

    public static SigningKey aSigningKey(Instant activeFrom) {
        KeyPair pair = P256.generateKeyPair();
        return new SigningKey(
                KeyId.of(pair.getPublic()),
                pair.getPrivate(),
                SelfSignedCertificates.create(pair, "310000", activeFrom, activeFrom.plus(Duration.ofDays(800))));
    }

    public static KeyRing aRing(SigningKey... keys) {
        return KeyRing.of(List.of(keys), RETENTION);
    }

    public static CodeIssuer anIssuer(KeyRing ring, MovableClock clock) {
        return new CodeIssuer(() -> ring, SHANGHAI, SCREEN_VALIDITY, CARD_VALIDITY, clock);
    }

    public static CodeVerifier aVerifier(KeyRing ring, MovableClock clock) {
        return new CodeVerifier(ring, TOLERANCE, clock);
    }
}
