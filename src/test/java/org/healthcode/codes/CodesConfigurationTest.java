package org.healthcode.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class CodesConfigurationTest {

    @TempDir
    Path dataDir;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CodesProperties.class)
    @Import(CodesConfiguration.class)
    static class Codes {}

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Codes.class)
                .withPropertyValues("healthcode.data-dir=" + dataDir);
    }

    @Test
    void the_defaults_start_with_a_fresh_key_and_documented_values() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            CodesProperties properties = context.getBean(CodesProperties.class);
            assertThat(properties.screenValidity()).hasSeconds(60);
            assertThat(properties.clockTolerance()).hasSeconds(30);
            assertThat(properties.issuingRegion()).isEqualTo("310000");
            assertThat(properties.toString()).doesNotContain(CodesProperties.DEVELOPMENT_PASSWORD);
            assertThat(dataDir.resolve("keys/code-signing.p12")).exists();
        });
    }

    @Test
    void the_prod_profile_refuses_to_start_with_the_development_password() {
        runner().withPropertyValues("spring.profiles.active=prod")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("healthcode.codes.keystore-password is the development default"));
    }

    @Test
    void the_prod_profile_starts_with_a_real_password() {
        runner().withPropertyValues(
                        "spring.profiles.active=prod", "healthcode.codes.keystore-password=s3cret-from-vault")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void a_region_that_is_not_six_digits_stops_the_start() {
        runner().withPropertyValues("healthcode.codes.issuing-region=31")
                .run(context -> assertThat(context).hasFailed());
    }
}
