package org.healthcode.codes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.healthcode.codes.keys.RotationPolicy;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of health codes, under {@code healthcode.codes}.
 *
 * @param keystorePassword protects {@code <data-dir>/keys/code-signing.p12}; the default is for development only and
 *     the {@code prod} profile refuses to start with it
 * @param screenValidity how long a screen code is valid (5 s to 10 min, default 60 s)
 * @param cardValidity how long a printed card code is valid (1 to 3660 days, default 365 days)
 * @param clockTolerance how far a verifier's clock may differ from the issuer's (0 to 10 min, default 30 s)
 * @param onlineClockTolerance the tolerance of the server's own checks (the online checkpoint): the server's clock
 *     is the issuer's, so only network delay needs room (0 to 1 min, default 5 s)
 * @param issuingRegion the six-digit division code written into every code (default 310000)
 * @param rotation when signing keys change
 * @param verifiedMemory how many code texts the server remembers as already verified, and for how long
 */
@ConfigurationProperties("healthcode.codes")
@Validated
public record CodesProperties(
        @DefaultValue(DEVELOPMENT_PASSWORD) @NotBlank String keystorePassword,

        @DefaultValue("60s") @NotNull @DurationMin(seconds = 5) @DurationMax(minutes = 10)
        Duration screenValidity,

        @DefaultValue("365d") @NotNull @DurationMin(days = 1) @DurationMax(days = 3660)
        Duration cardValidity,

        @DefaultValue("30s") @NotNull @DurationMin(seconds = 0) @DurationMax(minutes = 10)
        Duration clockTolerance,

        @DefaultValue("5s") @NotNull @DurationMin(seconds = 0) @DurationMax(minutes = 1)
        Duration onlineClockTolerance,

        @DefaultValue("310000") @NotNull @Pattern(regexp = "[1-9][0-9]{5}")
        String issuingRegion,

        @DefaultValue @NotNull @Valid Rotation rotation,

        @DefaultValue @NotNull @Valid VerifiedMemory verifiedMemory) {

    /** The keystore password that only development may use. */
    public static final String DEVELOPMENT_PASSWORD = "dev-only-change-me";

    /**
     * Key rotation, under {@code healthcode.codes.rotation}.
     *
     * @param signingPeriod how long one key signs before its successor takes over (default 90 days)
     * @param leadTime how long before activation a successor is published, so offline verifiers fetch it in time
     *     (default 7 days; less than the signing period)
     * @param checkInterval how often the server checks whether a successor is due or a key has retired (default 1 h)
     */
    public record Rotation(
            @DefaultValue("90d") @NotNull @DurationMin(days = 1)
            Duration signingPeriod,

            @DefaultValue("7d") @NotNull @DurationMin(seconds = 0)
            Duration leadTime,

            @DefaultValue("1h") @NotNull @DurationMin(seconds = 1)
            Duration checkInterval) {}

    /**
     * The memory of code texts already verified, under {@code healthcode.codes.verified-memory}: a code the server
     * signed or checked before is not checked against its signature again while remembered (see {@code
     * VerifiedCodes}). About 200 bytes of heap per text.
     *
     * @param entries at most this many texts (default 200,000; 0 turns the memory off)
     * @param time each text for this long after it was remembered (default 10 min)
     */
    public record VerifiedMemory(
            @DefaultValue("200000") @Min(0) @Max(10_000_000) long entries,

            @DefaultValue("10m") @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1)
            Duration time) {}

    /** The settings with every default, for tests and tools. */
    public static CodesProperties defaults() {
        return new CodesProperties(
                DEVELOPMENT_PASSWORD,
                Duration.ofSeconds(60),
                Duration.ofDays(365),
                Duration.ofSeconds(30),
                Duration.ofSeconds(5),
                "310000",
                new Rotation(Duration.ofDays(90), Duration.ofDays(7), Duration.ofHours(1)),
                new VerifiedMemory(200_000, Duration.ofMinutes(10)));
    }

    /** Whether the keystore password is still the development default. */
    public boolean usesDevelopmentPassword() {
        return DEVELOPMENT_PASSWORD.equals(keystorePassword);
    }

    /** How long a key stays published after it stopped signing: the longest code lifetime plus the tolerance. */
    public Duration retention() {
        Duration longest = cardValidity.compareTo(screenValidity) > 0 ? cardValidity : screenValidity;
        return longest.plus(clockTolerance);
    }

    /** The rotation policy these settings describe. */
    public RotationPolicy rotationPolicy() {
        return new RotationPolicy(rotation.signingPeriod(), rotation.leadTime(), retention());
    }

    @Override
    public String toString() {
        return "CodesProperties[keystorePassword=***, screenValidity=" + screenValidity + ", cardValidity="
                + cardValidity + ", clockTolerance=" + clockTolerance + ", issuingRegion=" + issuingRegion
                + ", rotation=" + rotation + ", verifiedMemory=" + verifiedMemory + "]";
    }
}
