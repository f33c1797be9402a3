package org.healthcode.codes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.healthcode.codes.format.CodeFormat;
import org.healthcode.codes.format.SignedCode;
import org.healthcode.codes.keys.TrustedKey;
import org.healthcode.codes.keys.TrustedKeys;
import org.healthcode.common.RejectedException;

/**
 * Checks a code text using nothing but public keys: its format and version, its key, its signature and its validity
 * period with a clock tolerance either side. Works the same on the server, on an offline checkpoint with a cached JWK
 * set, and in another region. Whether a card is revoked or a person known is checked online, elsewhere.
 */
public final class CodeVerifier {

    private final TrustedKeys keys;
    private final Duration clockTolerance;
    private final Clock clock;
    private final VerifiedCodes verified;

    /** A verifier trusting these keys and tolerating this much clock difference to the issuer. */
    public CodeVerifier(TrustedKeys keys, Duration clockTolerance, Clock clock) {
        this(keys, clockTolerance, clock, VerifiedCodes.none());
    }

    /**
     * As above, skipping the signature check of a text {@code verified} remembers as signed by the key it names (the
     * server's own codes and those it checked before); every other check still runs.
     */
    CodeVerifier(TrustedKeys keys, Duration clockTolerance, Clock clock, VerifiedCodes verified) {
        if (clockTolerance.isNegative()) {
            throw new IllegalArgumentException("The clock tolerance cannot be negative");
        }
        this.keys = keys;
        this.clockTolerance = clockTolerance;
        this.clock = clock;
        this.verified = verified;
    }

    /** The outcome of checking this code text now; never throws for any input. */
    public Verification verify(String text) {
        try {
            return check(text, clock.instant());
        } catch (RejectedException rejected) {
            return Verification.rejected((CodeRejection) rejected.errorCode());
        }
    }

    /** The claims of this code text, or a {@link RejectedException} naming the {@link CodeRejection}. */
    public HealthCode claimsOrThrow(String text) {
        return check(text, clock.instant()).claims();
    }

    private Verification.Accepted check(String text, Instant now) {
        SignedCode signed = CodeFormat.decode(text);
        Optional<TrustedKey> key = keys.find(signed.keyId()).filter(trusted -> trusted.trustedAt(now));
        if (key.isEmpty()) {
            throw new RejectedException(CodeRejection.UNKNOWN_KEY);
        }
        if (!verified.signedBy(text, signed.keyId())) {
            if (!signed.isSignedBy(key.get().publicKey())) {
                throw new RejectedException(CodeRejection.BAD_SIGNATURE);
            }
            verified.remember(text, signed.keyId());
        }

        HealthCode claims = readClaims(signed);
        if (now.isAfter(claims.expiresAt().plus(clockTolerance))) {
            throw new RejectedException(CodeRejection.EXPIRED);
        }
        if (now.isBefore(claims.issuedAt().minus(clockTolerance))) {
            throw new RejectedException(CodeRejection.NOT_YET_VALID);
        }
        return new Verification.Accepted(claims, signed.keyId());
    }

    private static HealthCode readClaims(SignedCode signed) {
        try {
            return signed.claims();
        } catch (RuntimeException wrongShape) {
            throw new RejectedException(CodeRejection.UNREADABLE);
        }
    }
}
