package org.healthcode.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;

import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The checkpoint page is for staff only and loads its scripts from this server, never inline. */
class CheckpointPageTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Test
    void staff_get_the_checkpoint_page_with_the_scanner_library_and_its_script_served_from_this_server() {
        // the template names the library without a version; the webjar locator resolves it to the jar's version
        ApiClient staff = journeys.staff(client(), "SAMPLER");

        ApiClient.Response page = staff.get("/checkpoint?lang=en");
        ApiClient.Response library = client().get("/webjars/html5-qrcode/html5-qrcode.min.js");
        ApiClient.Response script = client().get("/js/checkpoint.js");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("/webjars/html5-qrcode/2.2.1/html5-qrcode.min.js", "/js/checkpoint.js", "id=\"code-text\"")
                .doesNotContain("<script>");
        assertThat(library.status()).isEqualTo(200);
        assertThat(library.body()).contains("Html5Qrcode");
        assertThat(script.status()).isEqualTo(200);
    }

    @Test
    void residents_do_not_get_the_checkpoint_page() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());

        ApiClient.Response page = resident.get("/checkpoint");

        assertThat(page.status()).isEqualTo(403);
    }
}
