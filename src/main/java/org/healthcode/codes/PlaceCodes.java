package org.healthcode.codes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.healthcode.codes.format.PlaceCodeFormat;
import org.healthcode.codes.keys.KeyRing;
import org.healthcode.codes.keys.SigningKey;
import org.healthcode.codes.keys.TrustedKey;
import org.healthcode.codes.keys.TrustedKeys;

/**
 * Signs and checks venues' place codes with the same keys as health codes (the key active now signs; any published
 * key verifies). A place code names a venue, not a person; whether the venue still exists is checked by the caller.
 */
public final class PlaceCodes {

    private final Supplier<KeyRing> signingKeys;
    private final TrustedKeys trustedKeys;
    private final RegionCode region;
    private final Duration clockTolerance;
    private final Clock clock;

    /** Why a place code was refused. */
    public enum Problem {
        /** Not a place code of this format. */
        UNREADABLE,
        /** Its key is unknown or its signature does not verify: forged or altered. */
        FORGED,
        /** Outside its validity period. */
        EXPIRED
    }

    /** The outcome of checking a place code: its claims, or the problem. */
    public record Check(Optional<PlaceCode> code, Optional<Problem> problem) {

        static Check accepted(PlaceCode code) {
            return new Check(Optional.of(code), Optional.empty());
        }

        static Check refused(Problem problem) {
            return new Check(Optional.empty(), Optional.of(problem));
        }
    }

    /** Place codes for this region, signed by the current key of {@code signingKeys}. */
    public PlaceCodes(
            Supplier<KeyRing> signingKeys,
            TrustedKeys trustedKeys,
            RegionCode region,
            Duration clockTolerance,
            Clock clock) {
        this.signingKeys = signingKeys;
        this.trustedKeys = trustedKeys;
        this.region = region;
        this.clockTolerance = clockTolerance;
        this.clock = clock;
    }

    /** The text of a place code for this venue, valid from the start of the current second for {@code validity}. */
    public String issue(UUID venue, PlaceCodeVariant variant, Duration validity) {
        return issue(venue, variant, clock.instant(), validity);
    }

    /** The text of a place code for this venue as issued at {@code issuedAt}, signed by the key active now. */
    public String issue(UUID venue, PlaceCodeVariant variant, Instant issuedAt, Duration validity) {
        Instant issued = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        PlaceCode claims = new PlaceCode(region, venue, variant, issued, issued.plus(validity));
        SigningKey key = signingKeys
                .get()
                .signerAt(clock.instant())
                .orElseThrow(() -> new IllegalStateException("No code-signing key is active yet"));
        return PlaceCodeFormat.encode(claims, key.id(), key.privateKey());
    }

    /** Checks a place code text now; never throws for any input. */
    public Check check(String text) {
        PlaceCodeFormat.SignedPlaceCode signed;
        PlaceCode claims;
        try {
            signed = PlaceCodeFormat.decode(text);
            claims = signed.claims();
        } catch (IllegalArgumentException unreadable) {
            return Check.refused(Problem.UNREADABLE);
        }

        Instant now = clock.instant();
        Optional<TrustedKey> key = trustedKeys.find(signed.keyId()).filter(trusted -> trusted.trustedAt(now));
        if (key.isEmpty() || !signed.isSignedBy(key.get().publicKey())) {
            return Check.refused(Problem.FORGED);
        }
        boolean valid = !now.isAfter(claims.expiresAt().plus(clockTolerance))
                && !now.isBefore(claims.issuedAt().minus(clockTolerance));
        return valid ? Check.accepted(claims) : Check.refused(Problem.EXPIRED);
    }
}
