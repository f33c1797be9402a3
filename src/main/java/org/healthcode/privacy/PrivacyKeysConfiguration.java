package org.healthcode.privacy;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Provides the {@link PrivacyKeys}: from {@code healthcode.privacy} when set; otherwise, outside the {@code prod}
 * profile, from a key ring generated once under {@code ${healthcode.data-dir}/secrets/}. With {@code prod} and no
 * keys the start-up stops.
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyKeysConfiguration {

    static final String PRODUCTION_PROFILE = "prod";

    private static final Logger log = LoggerFactory.getLogger(PrivacyKeysConfiguration.class);

    @Bean
    PrivacyKeys privacyKeys(
            PrivacyProperties properties,
            Environment environment,
            @Value("${healthcode.data-dir}") Path dataDirectory) {
        return resolve(properties, environment.matchesProfiles(PRODUCTION_PROFILE), dataDirectory);
    }

    /**
     * Chooses the key ring.
     *
     * @throws InvalidPrivacyKeysException when the configured keys are wrong, or missing in production
     */
    static PrivacyKeys resolve(PrivacyProperties properties, boolean production, Path dataDirectory) {
        if (!properties.isUnset()) {
            return PrivacyKeys.from(properties);
        }
        if (production) {
            throw new InvalidPrivacyKeysException("No privacy keys are configured. With the prod profile, set "
                    + "healthcode.privacy.data-keys.<id>, healthcode.privacy.active-data-key and "
                    + "healthcode.privacy.lookup-key");
        }

        return PrivacyKeys.from(generatedOrStored(new GeneratedKeyFile(dataDirectory)));
    }

    private static PrivacyProperties generatedOrStored(GeneratedKeyFile keyFile) {
        if (keyFile.exists()) {
            log.atInfo().addKeyValue("file", keyFile.file()).log("Using generated privacy keys");
            return keyFile.read();
        }

        PrivacyProperties generated = keyFile.generate();
        log.atWarn()
                .addKeyValue("file", keyFile.file())
                .log("Generated privacy keys because none are configured; not for production use");
        return generated;
    }
}
