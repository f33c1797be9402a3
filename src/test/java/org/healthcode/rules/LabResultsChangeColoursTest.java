package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.LabFixtures;
import org.healthcode.testing.LabFixtures.Resident;
import org.healthcode.testing.MutableClock;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lab uploads drive colours end to end: results become facts, the facts reach the colour engine, and the change is
 * recorded with its rule, at once for a few people and through the scheduler for a large upload.
 */
class LabResultsChangeColoursTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Autowired
    ColourChanges changes;

    @Autowired
    DueReevaluations due;

    LabFixtures fixtures;
    LabFixtures.Lab lab;

    @BeforeEach
    void labAndSampler() {
        fixtures = new LabFixtures(client(), journeys);
        lab = fixtures.lab();
    }

    @Test
    void a_positive_single_tube_turns_its_person_red_at_once_with_the_single_tube_rule() {
        // given a green person sampled alone
        Declared person = declaredPerson();
        String tube = fixtures.sealedTube(List.of(person.resident()));

        // when the lab reports the tube positive
        upload(row(tube, "POSITIVE"));

        // then the change is already recorded, and the resident sees red with the single-tube reason
        assertThat(lastChange(person.resident().id())).satisfies(change -> {
            assertThat(change.fromColour()).isEqualTo("GREEN");
            assertThat(change.toColour()).isEqualTo("RED");
            assertThat(change.policy()).contains("single-tube-positive");
        });
        ApiClient.Response status = person.client().get("/api/me/status");
        assertThat(status.json().get("colour").asString()).as(status.body()).isEqualTo("RED");
    }

    @Test
    void a_large_upload_of_positive_pools_is_reevaluated_by_the_scheduler_and_a_negative_retest_restores_green() {
        // given three full 20-person mixed tubes: more people than are re-evaluated on the uploader's request
        List<Declared> people = new ArrayList<>();
        List<String> tubes = new ArrayList<>();
        for (int pool = 0; pool < 3; pool++) {
            List<Declared> members = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                members.add(declaredPerson());
            }
            people.addAll(members);
            tubes.add(
                    fixtures.sealedTube(members.stream().map(Declared::resident).toList()));
        }
        assertThat(people).hasSizeGreaterThan(NewFactsReevaluation.INLINE_LIMIT);

        // when the lab reports all three pools positive
        upload(tubes.stream().map(tube -> row(tube, "POSITIVE")).toArray(String[]::new));

        // then everyone is due now, and the scheduler's run records yellow (pending review) for each of them
        for (Declared person : people) {
            assertThat(changes.nextEvaluationAt(person.resident().id()))
                    .hasValueSatisfying(at -> assertThat(at).isBeforeOrEqualTo(clock.instant()));
        }
        assertThat(due.runDue()).isGreaterThanOrEqualTo(people.size());
        for (Declared person : people) {
            assertThat(lastChange(person.resident().id()).toColour()).isEqualTo("YELLOW");
        }

        // and when one member's single-tube re-test is negative, that member alone is green again
        Declared retested = people.get(7);
        clock.advance(Duration.ofHours(6));
        String single = fixtures.sealedTube(List.of(retested.resident()));
        upload(row(single, "NEGATIVE"));
        assertThat(lastChange(retested.resident().id())).satisfies(change -> {
            assertThat(change.fromColour()).isEqualTo("YELLOW");
            assertThat(change.toColour()).isEqualTo("GREEN");
        });
        assertThat(lastChange(people.get(8).resident().id()).toColour()).isEqualTo("YELLOW");
    }

    private record Declared(Resident resident, ApiClient client) {}

    private Declared declaredPerson() {
        ApiClient client = client();
        Person person = aPerson();
        UUID id = journeys.register(client, person);
        ApiClient.Response declared = client.put("/api/me/declaration", cleanDeclaration());
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        return new Declared(new Resident(person, id), client);
    }

    private ColourChange lastChange(UUID residentId) {
        List<ColourChange> history = changes.history(residentId);
        assertThat(history).isNotEmpty();
        return history.get(history.size() - 1);
    }

    private void upload(String... rows) {
        String file = "tube,result,ct,sampled_at,reported_at\n" + String.join("", rows);
        ApiClient.Response report = LabFixtures.uploadCsv(lab.staff(), file.getBytes(StandardCharsets.UTF_8), null);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("accepted").asLong()).as(report.body()).isEqualTo(rows.length);
    }

    private String row(String tube, String result) {
        String sampled = clock.instant()
                .truncatedTo(ChronoUnit.SECONDS)
                .minus(Duration.ofHours(3))
                .toString();
        String reported = clock.instant()
                .truncatedTo(ChronoUnit.SECONDS)
                .minus(Duration.ofHours(1))
                .toString();
        return String.join(",", tube, result, "", sampled, reported) + "\n";
    }
}
