package org.healthcode.codes;

import java.nio.file.Path;
import java.time.Clock;
import org.healthcode.codes.keys.KeyRingStore;
import org.healthcode.codes.keys.KeyRotation;
import org.healthcode.codes.qr.QrRenderer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Wires the code feature: the key rotation over the PKCS#12 keystore in {@code <data-dir>/keys/}, the issuer, the
 * verifier with their shared memory of verified texts, and the QR renderer. Uses the application's {@link Clock} bean
 * if there is one, else the UTC system clock.
 */
@Configuration(proxyBeanMethods = false)
public class CodesConfiguration {

    /** The key rotation, brought up to date at start: the first start creates the first key. */
    @Bean
    KeyRotation keyRotation(
            CodesProperties properties,
            Environment environment,
            @Value("${healthcode.data-dir}") String dataDir,
            ObjectProvider<Clock> clock) {
        requireRealPasswordInProduction(properties, environment);
        KeyRingStore store = new KeyRingStore(Path.of(dataDir, "keys"), properties.keystorePassword());
        KeyRotation rotation =
                new KeyRotation(store, properties.rotationPolicy(), properties.issuingRegion(), clockOf(clock));
        rotation.rotateIfDue();
        return rotation;
    }

    /** The code texts this server signed or verified, shared by its issuer and its verifier. */
    @Bean
    VerifiedCodes verifiedCodes(CodesProperties properties) {
        CodesProperties.VerifiedMemory memory = properties.verifiedMemory();
        return VerifiedCodes.holding(memory.entries(), memory.time());
    }

    @Bean
    CodeIssuer codeIssuer(
            KeyRotation keys, CodesProperties properties, VerifiedCodes verified, ObjectProvider<Clock> clock) {
        return new CodeIssuer(
                keys,
                RegionCode.of(properties.issuingRegion()),
                properties.screenValidity(),
                properties.cardValidity(),
                clockOf(clock),
                verified);
    }

    @Bean
    CodeVerifier codeVerifier(
            KeyRotation keys, CodesProperties properties, VerifiedCodes verified, ObjectProvider<Clock> clock) {
        return new CodeVerifier(keys, properties.onlineClockTolerance(), clockOf(clock), verified);
    }

    @Bean
    PlaceCodes placeCodes(KeyRotation keys, CodesProperties properties, ObjectProvider<Clock> clock) {
        return new PlaceCodes(
                keys,
                keys,
                RegionCode.of(properties.issuingRegion()),
                properties.onlineClockTolerance(),
                clockOf(clock));
    }

    @Bean
    QrRenderer qrRenderer() {
        return new QrRenderer();
    }

    static void requireRealPasswordInProduction(CodesProperties properties, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod")) && properties.usesDevelopmentPassword()) {
            throw new IllegalStateException("healthcode.codes.keystore-password is the development default while the"
                    + " 'prod' profile is active; set a real password, for example through the environment"
                    + " variable HEALTHCODE_CODES_KEYSTOREPASSWORD");
        }
    }

    private static Clock clockOf(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(Clock::systemUTC);
    }
}
