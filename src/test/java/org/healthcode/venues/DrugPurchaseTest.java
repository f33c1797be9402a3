package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.rules.DueReevaluations;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A pharmacy registers a purchase of fever medicine; without a test within 72 hours the buyer turns yellow. */
class DrugPurchaseTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    FactStore facts;

    @Autowired
    DueReevaluations dueReevaluations;

    @Autowired
    MutableClock clock;

    @Test
    void a_drug_purchase_makes_the_buyer_yellow_after_72_hours_without_a_test() {
        // given a green resident at a pharmacy
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String pharmacy = VenueFixtures.venue(operator, "PHARMACY");
        ApiClient buyer = client();
        UUID buyerId = journeys.register(buyer, aPerson());
        buyer.put("/api/me/declaration", cleanDeclaration());
        String code = buyer.get("/api/me/code").json().get("text").asString();

        // when the pharmacy registers fever medicine against them
        ApiClient.Response sold =
                operator.post("/api/venues/" + pharmacy + "/scans", Map.of("code", code, "drugClass", "FEVER"));

        // then they stay green until 72 hours have passed, and are yellow after
        assertThat(sold.status()).as(sold.body()).isEqualTo(200);
        assertThat(sold.json().get("drugPurchaseRecorded").asBoolean()).isTrue();
        assertThat(facts.of(buyerId))
                .filteredOn(fact -> fact.kind() == FactKind.DRUG_PURCHASED)
                .extracting(Fact::detail)
                .extracting(detail -> detail.get("drugClass"))
                .containsExactly("FEVER");
        clock.advance(Duration.ofHours(71));
        assertThat(colour(buyer)).isEqualTo("GREEN");
        clock.advance(Duration.ofHours(2));
        dueReevaluations.runDue();
        assertThat(colour(buyer)).isEqualTo("YELLOW");
    }

    @Test
    void a_buyer_denied_entry_gets_no_purchase_recorded() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String pharmacy = VenueFixtures.venue(operator, "PHARMACY");
        ApiClient undeclared = client();
        UUID undeclaredId = journeys.register(undeclared, aPerson());
        String card =
                undeclared.post("/api/me/card", Map.of()).json().get("text").asString();

        ApiClient.Response sold =
                operator.post("/api/venues/" + pharmacy + "/scans", Map.of("code", card, "drugClass", "ANTIVIRAL"));

        assertThat(sold.json().get("people").get(0).get("reason").asString()).isEqualTo("no-colour");
        assertThat(sold.json().get("drugPurchaseRecorded").asBoolean()).isFalse();
        assertThat(facts.of(undeclaredId)).noneMatch(fact -> fact.kind() == FactKind.DRUG_PURCHASED);
    }

    private static String colour(ApiClient resident) {
        return resident.get("/api/me/code").json().get("colour").asString();
    }
}
