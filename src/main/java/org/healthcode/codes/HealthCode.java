package org.healthcode.codes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims a health code carries: everything a checkpoint needs and nothing more. A {@link CodeKind#SCREEN} code
 * has a colour and no card serial; a {@link CodeKind#CARD} code has a card serial and no colour. Times are whole
 * seconds, as on the wire; {@link #toString()} does not show the subject token.
 */
public record HealthCode(
        RegionCode region,
        SubjectToken subject,
        CodeKind kind,
        Optional<Colour> colour,
        Optional<CardSerial> cardSerial,
        Instant issuedAt,
        Instant expiresAt,
        TestRecency recency) {

    /** Checks the kind-specific claims and that the code expires after it is issued. */
    public HealthCode {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(cardSerial, "cardSerial");
        Objects.requireNonNull(recency, "recency");
        issuedAt = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        requireKindClaims(kind, colour, cardSerial);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A code expires after it is issued");
        }
    }

    /** A short-lived screen code showing this colour. */
    public static HealthCode screen(
            RegionCode region,
            SubjectToken subject,
            Colour colour,
            Instant issuedAt,
            Instant expiresAt,
            TestRecency recency) {
        return new HealthCode(
                region, subject, CodeKind.SCREEN, Optional.of(colour), Optional.empty(), issuedAt, expiresAt, recency);
    }

    /** A long-lived printable card code with this serial. */
    public static HealthCode card(
            RegionCode region,
            SubjectToken subject,
            CardSerial serial,
            Instant issuedAt,
            Instant expiresAt,
            TestRecency recency) {
        return new HealthCode(
                region, subject, CodeKind.CARD, Optional.empty(), Optional.of(serial), issuedAt, expiresAt, recency);
    }

    private static void requireKindClaims(CodeKind kind, Optional<Colour> colour, Optional<CardSerial> serial) {
        if (kind == CodeKind.SCREEN && (colour.isEmpty() || serial.isPresent())) {
            throw new IllegalArgumentException("A screen code has a colour and no card serial");
        }
        if (kind == CodeKind.CARD && (colour.isPresent() || serial.isEmpty())) {
            throw new IllegalArgumentException("A card code has a card serial and no colour");
        }
    }
}
