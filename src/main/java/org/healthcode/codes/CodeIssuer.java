package org.healthcode.codes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.healthcode.codes.format.CodeFormat;
import org.healthcode.codes.keys.KeyRing;
import org.healthcode.codes.keys.SigningKey;

/**
 * Signs and encodes health codes with the key that is active now. Screen codes live for the configured screen
 * validity, card codes for the card validity; no code outlives the time its key stays published.
 */
public final class CodeIssuer {

    private final Supplier<KeyRing> keys;
    private final RegionCode region;
    private final Duration screenValidity;
    private final Duration cardValidity;
    private final Clock clock;
    private final VerifiedCodes verified;

    /** An issuer for this region signing with the current key of {@code keys}. */
    public CodeIssuer(
            Supplier<KeyRing> keys, RegionCode region, Duration screenValidity, Duration cardValidity, Clock clock) {
        this(keys, region, screenValidity, cardValidity, clock, VerifiedCodes.none());
    }

    /** As above, remembering each code it signs in {@code verified}, so that this server need not check it again. */
    CodeIssuer(
            Supplier<KeyRing> keys,
            RegionCode region,
            Duration screenValidity,
            Duration cardValidity,
            Clock clock,
            VerifiedCodes verified) {
        this.verified = verified;
        this.keys = keys;
        this.region = region;
        this.screenValidity = screenValidity;
        this.cardValidity = cardValidity;
        this.clock = clock;
    }

    /** A screen code showing this colour, valid from now for the screen validity. */
    public IssuedCode issueScreen(SubjectToken subject, Colour colour, TestRecency recency) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return issue(HealthCode.screen(region, subject, colour, now, now.plus(screenValidity), recency));
    }

    /** A printable card code with this serial, valid from now for the card validity. */
    public IssuedCode issueCard(SubjectToken subject, CardSerial serial, TestRecency recency) {
        return issueCard(subject, serial, clock.instant(), recency);
    }

    /**
     * A card code with this serial as first issued at {@code issuedAt}, valid for the card validity from then: signing
     * the same card again (for a reprint) gives the same claims with a fresh signature by the key active now.
     */
    public IssuedCode issueCard(SubjectToken subject, CardSerial serial, Instant issuedAt, TestRecency recency) {
        Instant issued = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        return issue(HealthCode.card(region, subject, serial, issued, issued.plus(cardValidity), recency));
    }

    /** Signs these claims as they are; their lifetime may not exceed the validity of their kind. */
    public IssuedCode issue(HealthCode claims) {
        Duration longest = claims.kind() == CodeKind.SCREEN ? screenValidity : cardValidity;
        if (Duration.between(claims.issuedAt(), claims.expiresAt()).compareTo(longest) > 0) {
            throw new IllegalArgumentException("A code may not outlive the validity of its kind");
        }

        SigningKey key = keys.get()
                .signerAt(clock.instant())
                .orElseThrow(() -> new IllegalStateException("No code-signing key is active yet"));
        String text = CodeFormat.encode(claims, key.id(), key.privateKey());
        verified.remember(text, key.id());
        return new IssuedCode(text, claims, key.id());
    }
}
