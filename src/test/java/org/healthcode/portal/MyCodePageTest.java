package org.healthcode.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The status page shows the screen code once there is one, framed in its colour and set up to refresh itself. */
class MyCodePageTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Test
    void a_green_resident_sees_their_code_as_an_inline_svg_in_a_green_frame() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());

        ApiClient.Response page = resident.get("/me");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("screen-code GREEN", "data-code-path=\"/api/me/code\"", "<svg", "/js/screen-code.js")
                .contains("time class=\"now\"", "No test on record");
    }

    @Test
    void a_resident_without_an_audited_declaration_sees_no_code() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());

        ApiClient.Response page = resident.get("/me");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<svg");
    }
}
