package org.healthcode.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.healthcode.HealthCodeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** The production profile refuses to start with development defaults left in place. */
class ProductionSettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void production_without_configured_personal_data_keys_refuses_to_start_and_names_the_setting() {
        assertThatThrownBy(() -> start(
                        "--spring.profiles.active=prod",
                        "--healthcode.codes.keystore-password=a-production-password",
                        "--healthcode.login.sender=webhook",
                        "--healthcode.login.webhook-url=http://127.0.0.1:1/sms"))
                .hasStackTraceContaining("healthcode.privacy");
    }

    @Test
    void production_with_the_development_outbox_refuses_to_start_and_names_the_setting() {
        assertThatThrownBy(() -> start(
                        "--spring.profiles.active=prod",
                        "--healthcode.codes.keystore-password=a-production-password",
                        "--healthcode.privacy.data-keys.k1=" + "A".repeat(43) + "=",
                        "--healthcode.privacy.active-data-key=k1",
                        "--healthcode.privacy.lookup-key=" + "B".repeat(43) + "="))
                .hasStackTraceContaining("healthcode.login.sender");
    }

    @Test
    void production_with_the_development_keystore_password_refuses_to_start_and_names_the_setting() {
        assertThatThrownBy(() -> start(
                        "--spring.profiles.active=prod",
                        "--healthcode.privacy.data-keys.k1=" + "A".repeat(43) + "=",
                        "--healthcode.privacy.active-data-key=k1",
                        "--healthcode.privacy.lookup-key=" + "B".repeat(43) + "=",
                        "--healthcode.login.sender=webhook",
                        "--healthcode.login.webhook-url=http://127.0.0.1:1/sms"))
                .hasStackTraceContaining("healthcode.codes.keystore-password");
    }

    @Test
    void a_wrongly_typed_setting_stops_the_start_with_its_name() {
        assertThatThrownBy(() -> start("--healthcode.login.max-attempts=99"))
                .hasStackTraceContaining("healthcode.login");
    }

    private void start(String... arguments) {
        SpringApplication application = new SpringApplication(HealthCodeApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String[] all = new String[arguments.length + 3];
        all[0] = "--healthcode.data-dir=" + dataDir;
        all[1] = "--healthcode.database.embedded.port=" + freePort();
        all[2] = "--healthcode.database.embedded.durable=false";
        System.arraycopy(arguments, 0, all, 3, arguments.length);
        application.run(all).close();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }
}
