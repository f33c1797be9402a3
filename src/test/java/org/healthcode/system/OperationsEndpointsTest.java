package org.healthcode.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Health, info and the API description are public; metrics need an administrator; nothing else is exposed. */
class OperationsEndpointsTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Test
    void health_and_info_are_public_and_health_shows_no_details() {
        ApiClient.Response health = client().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("db", "diskSpace");
        assertThat(client().get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void prometheus_metrics_need_an_administrator() {
        // Spring Boot's test support turns metrics export off, so the scrape itself is not answered here; that the
        // server serves it is checked by hand (docs/operations.md). What is tested is who may ask.
        ApiClient.Response anonymous = client().get("/actuator/prometheus", "text/plain");
        ApiClient.Response auditor = journeys.staff(client(), "AUDITOR").get("/actuator/prometheus", "text/plain");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("unauthenticated");
        assertThat(auditor.status()).isEqualTo(403);
    }

    @Test
    void other_actuator_endpoints_are_not_exposed_even_to_an_administrator() {
        ApiClient admin = client().asStaff("admin", "test-admin-password-1");

        assertThat(admin.get("/actuator/env").status()).isEqualTo(404);
        assertThat(admin.get("/actuator/beans").status()).isEqualTo(404);
        assertThat(admin.get("/actuator/heapdump").status()).isEqualTo(404);
    }

    @Test
    void the_api_is_described_in_openapi() {
        ApiClient.Response description = client().get("/v3/api-docs");

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().get("paths").propertyNames())
                .contains("/api/login/code", "/api/residents", "/api/me/declaration", "/api/checkpoint/verify");
    }
}
