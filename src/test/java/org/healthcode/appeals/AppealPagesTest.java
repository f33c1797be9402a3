package org.healthcode.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.healthcode.appeals.AppealFixtures.Resident;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The appeal and history pages render for the right people, with masked names, and are refused to everyone else. */
class AppealPagesTest extends IntegrationTest {

    private static final ZoneId REGION = ZoneId.of("Asia/Shanghai");

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    AppealFixtures given;

    @BeforeEach
    void fixtures() {
        given = new AppealFixtures(journeys, client());
    }

    @Test
    void a_resident_files_an_appeal_from_the_page_and_sees_it_with_the_colour_history_under_a_masked_name() {
        // given a resident made yellow by an auditor a minute after a green start
        Person person = aPerson();
        Resident resident = registeredGreen(person);
        clock.advance(Duration.ofMinutes(1));
        LocalDateTime whileGreen =
                LocalDateTime.ofInstant(clock.instant(), REGION).truncatedTo(ChronoUnit.MINUTES);
        clock.advance(Duration.ofMinutes(2));
        given.decide(resident, "YELLOW", given.auditor(), null);
        String masked =
                resident.client().get("/api/me").json().get("maskedName").asString();

        // when the resident opens the status page and files an appeal through the form
        ApiClient.Response status = resident.client().get("/me");
        ApiClient.Response form = resident.client().get("/me/appeals");
        ApiClient.Response filed = postForm(
                resident.client(),
                "/me/appeals",
                "/me/appeals",
                "residentId=" + resident.id() + "&statement=" + encode("The isolation order names my cousin."));
        ApiClient.Response after = resident.client().get("/me/appeals?filed=true");

        // then the status page offers the appeal, the form files it, and the page shows it open
        assertThat(status.body()).contains("appeal-link", "/me/appeals?for=" + resident.id(), "history-link");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("appeal-form", "colour YELLOW");
        assertThat(filed.status()).isEqualTo(302);
        assertThat(after.body())
                .contains("id=\"filed\"", "The isolation order names my cousin.", "appeal-state OPEN", "cannot-file")
                .doesNotContain("appeal-form");

        // when the resident opens the history now and as of a time before the decision
        ApiClient.Response now = resident.client().get("/me/history");
        ApiClient.Response before = resident.client().get("/me/history?at=" + whileGreen);

        // then both show the colour then, the change log and the appeal, under the masked name only
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.body())
                .contains("colour YELLOW", masked, "manual-decision", "The isolation order names my cousin.")
                .contains("type=\"datetime-local\"")
                .doesNotContain(person.name());
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("colour GREEN", "value=\"" + whileGreen + "\"");
        assertThat(resident.client()
                        .withHeader("Accept-Language", "zh-CN")
                        .get("/me/history")
                        .body())
                .contains("健康码历史", "申诉记录");
    }

    @Test
    void an_auditor_resolves_from_the_queue_page_and_both_sides_see_the_outcome() {
        // given a yellow resident with an open appeal, and an auditor logged in through the form
        Resident resident = given.green();
        given.decide(resident, "YELLOW", given.auditor(), null);
        String appeal = given.file(resident, "Please check again, I was abroad then.")
                .json()
                .get("id")
                .asString();
        ApiClient auditor = client();
        journeys.formLogIn(auditor, journeys.staffLogin(client(), "AUDITOR"));

        // when the auditor opens the queue and resolves without, then with, a reason
        ApiClient.Response queue = auditor.get("/review/appeals");
        ApiClient.Response withoutReason =
                postForm(auditor, "/review/appeals", "/review/appeals/" + appeal, "outcome=UPHELD&reason=");
        ApiClient.Response resolved = postForm(
                auditor, "/review/appeals", "/review/appeals/" + appeal, "outcome=UPHELD&reason=Passport stamps seen");

        // then the queue shows the appeal, the refusal names its code, and the decision is recorded
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("Please check again, I was abroad then.", "/review/appeals/" + appeal);
        assertThat(withoutReason.status()).isEqualTo(200);
        assertThat(withoutReason.body()).contains("appeal-reason-missing");
        assertThat(resolved.status()).isEqualTo(302);

        // and the auditor sees the outcome in the resident's history, the resident on their page
        ApiClient.Response history = auditor.get("/review/residents/" + resident.id() + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("appeal-state UPHELD", "Passport stamps seen", "colour GREEN");
        assertThat(resident.client().get("/me/appeals").body()).contains("appeal-state UPHELD", "Passport stamps seen");
        assertThat(resident.client().get("/me").body())
                .doesNotContain("appeal-link")
                .contains("appeal-badge", "appeal-state UPHELD");
    }

    @Test
    void the_pages_are_refused_to_everyone_but_their_audience() {
        // given a resident, a stranger, an auditor and a sampler
        Resident resident = given.green();
        Resident stranger = given.green();
        ApiClient auditor = given.auditor();
        ApiClient sampler = journeys.staff(client(), "SAMPLER");

        // then
        assertThat(resident.client().get("/review/appeals").status()).isEqualTo(403);
        assertThat(resident.client()
                        .get("/review/residents/" + resident.id() + "/history")
                        .status())
                .isEqualTo(403);
        assertThat(sampler.get("/review/appeals").status()).isEqualTo(403);
        assertThat(auditor.get("/me/history").status()).isEqualTo(403);
        assertThat(auditor.get("/me/appeals").status()).isEqualTo(403);
        assertThat(client().get("/me/history").status()).isEqualTo(302);
        assertThat(resident.client().get("/me/history?for=" + stranger.id()).status())
                .isBetween(400, 499);
        assertThat(resident.client().get("/me/appeals?for=" + stranger.id()).status())
                .isBetween(400, 499);
        assertThat(auditor.get("/review/appeals").status()).isEqualTo(200);
        assertThat(auditor.get("/review/residents/" + resident.id() + "/history")
                        .status())
                .isEqualTo(200);
    }

    private Resident registeredGreen(Person person) {
        ApiClient client = client();
        UUID id = journeys.register(client, person);
        assertThat(client.put("/api/me/declaration", cleanDeclaration()).status())
                .isEqualTo(200);
        return new Resident(id, client);
    }

    private ApiClient.Response postForm(ApiClient client, String page, String action, String form) {
        String body = form + "&_csrf=" + encode(journeys.csrfToken(client, page));
        return client.postRaw(action, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
