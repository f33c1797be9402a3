package org.healthcode.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aChild;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;
import static org.healthcode.testing.SyntheticPeople.feverDeclaration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident prints a card code; a checkpoint looks the colour up online and refuses a card that was revoked or
 * replaced. Everything over real HTTP against the real database.
 */
class CardJourneyTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Journeys journeys;

    @Test
    void a_card_of_a_green_resident_is_allowed_with_the_colour_from_the_server_and_no_code_colour() {
        // given a green resident who issued a card
        ApiClient resident = greenResident();
        ApiClient.Response card = resident.post("/api/me/card", Map.of());

        // when a checkpoint checks the card
        ApiClient.Response checked = verify(staff(), card.json().get("text").asString());

        // then the holder may pass on the server's colour, and the card itself shows none
        assertThat(card.status()).as(card.body()).isEqualTo(200);
        assertThat(card.json().get("serial").asLong()).isPositive();
        assertThat(card.json().get("svg").asString()).startsWith("<svg");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("decision").asString()).isEqualTo("ALLOW");
        assertThat(checked.json().get("colour").asString()).isEqualTo("GREEN");
        assertThat(checked.json().get("codeColour").isNull()).isTrue();
        assertThat(checked.json().get("colourChanged").asBoolean()).isFalse();
        assertThat(checked.json().get("maskedName").asString())
                .isEqualTo(card.json().get("maskedName").asString());
    }

    @Test
    void a_card_lives_for_the_card_validity_not_the_screen_validity() {
        ApiClient.Response card = greenResident().post("/api/me/card", Map.of());

        Instant issued = Instant.parse(card.json().get("issuedAt").asString());
        Instant expires = Instant.parse(card.json().get("expiresAt").asString());

        assertThat(Duration.between(issued, expires)).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void a_revoked_card_is_refused_as_revoked_card() {
        // given a resident who issued a card and then revoked it
        ApiClient resident = greenResident();
        String text = resident.post("/api/me/card", Map.of()).json().get("text").asString();

        ApiClient.Response revoked = resident.delete("/api/me/card");
        ApiClient.Response checked = verify(staff(), text);
        ApiClient.Response revokedAgain = resident.delete("/api/me/card");

        // then the checkpoint refuses it, and there is nothing left to revoke
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(checked.status()).isEqualTo(422);
        assertThat(checked.code()).isEqualTo("revoked-card");
        assertThat(revokedAgain.status()).isEqualTo(404);
        assertThat(revokedAgain.code()).isEqualTo("no-card");
    }

    @Test
    void a_reissued_card_replaces_the_old_one_whose_serial_is_then_refused() {
        // given a resident who lost their card and issued a new one
        ApiClient resident = greenResident();
        ApiClient.Response lost = resident.post("/api/me/card", Map.of());
        ApiClient.Response replacement = resident.post("/api/me/card", Map.of());
        ApiClient staff = staff();

        // when a checkpoint checks both
        ApiClient.Response oldChecked = verify(staff, lost.json().get("text").asString());
        ApiClient.Response newChecked =
                verify(staff, replacement.json().get("text").asString());

        // then only the new serial works
        assertThat(replacement.json().get("serial").asLong())
                .isNotEqualTo(lost.json().get("serial").asLong());
        assertThat(oldChecked.code()).isEqualTo("revoked-card");
        assertThat(newChecked.json().get("decision").asString()).isEqualTo("ALLOW");
    }

    @Test
    void a_card_of_a_resident_who_turned_yellow_is_denied_on_the_current_colour() {
        // given a card issued while green
        ApiClient resident = greenResident();
        String text = resident.post("/api/me/card", Map.of()).json().get("text").asString();

        // when the resident declares a fever and an auditor restricts them
        String declaration = resident.put("/api/me/declaration", feverDeclaration())
                .json()
                .get("declarationId")
                .asString();
        ApiClient auditor = journeys.staff(client(), "AUDITOR");
        auditor.post(
                "/api/reviews/" + declaration + "/decision",
                Map.of("outcome", "RESTRICT", "category", "SYMPTOMS_NEED_TEST", "reason", "Fever declared"));
        ApiClient.Response checked = verify(auditor, text);

        // then the same card is denied, on the server's colour
        assertThat(checked.json().get("decision").asString()).isEqualTo("DENY");
        assertThat(checked.json().get("colour").asString()).isEqualTo("YELLOW");
        assertThat(checked.json().get("codeColour").isNull()).isTrue();
    }

    @Test
    void a_guardian_issues_and_revokes_a_card_for_a_dependant() {
        // given a guardian with a dependant whose declaration passed
        ApiClient guardian = client();
        journeys.register(guardian, aPerson());
        String dependantId = guardian.post("/api/me/dependants", aChild().registration())
                .json()
                .get("id")
                .asString();
        guardian.put("/api/me/dependants/" + dependantId + "/declaration", cleanDeclaration());

        // when the guardian issues the dependant's card, a checkpoint checks it, then the guardian revokes it
        ApiClient.Response card = guardian.post("/api/me/dependants/" + dependantId + "/card", Map.of());
        ApiClient staff = staff();
        ApiClient.Response checked = verify(staff, card.json().get("text").asString());
        ApiClient.Response revoked = guardian.delete("/api/me/dependants/" + dependantId + "/card");
        ApiClient.Response checkedAfter = verify(staff, card.json().get("text").asString());

        // then the card named the dependant, worked, and stopped working
        assertThat(card.status()).as(card.body()).isEqualTo(200);
        assertThat(checked.json().get("decision").asString()).isEqualTo("ALLOW");
        assertThat(checked.json().get("maskedName").asString())
                .isEqualTo(card.json().get("maskedName").asString());
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(checkedAfter.code()).isEqualTo("revoked-card");
    }

    @Test
    void a_stranger_cannot_issue_or_revoke_a_card_for_someone_elses_dependant() {
        // given a guardian's dependant with a card, and another resident
        ApiClient guardian = client();
        journeys.register(guardian, aPerson());
        String dependantId = guardian.post("/api/me/dependants", aChild().registration())
                .json()
                .get("id")
                .asString();
        guardian.put("/api/me/dependants/" + dependantId + "/declaration", cleanDeclaration());
        String text = guardian.post("/api/me/dependants/" + dependantId + "/card", Map.of())
                .json()
                .get("text")
                .asString();
        ApiClient stranger = client();
        journeys.register(stranger, aPerson());

        // when the stranger tries to issue a new card for the dependant, or to revoke theirs
        ApiClient.Response issued = stranger.post("/api/me/dependants/" + dependantId + "/card", Map.of());
        ApiClient.Response revoked = stranger.delete("/api/me/dependants/" + dependantId + "/card");

        // then both are refused as if the dependant did not exist, and the guardian's card still works
        assertThat(issued.code()).isEqualTo("resident-unknown");
        assertThat(revoked.code()).isEqualTo("resident-unknown");
        assertThat(verify(staff(), text).json().get("decision").asString()).isEqualTo("ALLOW");
    }

    @Test
    void the_printable_page_shows_the_card_at_print_size_with_the_serial_and_the_online_check_instruction() {
        // given a resident without a card
        ApiClient resident = greenResident();
        ApiClient.Response before = resident.get("/me/card?lang=en");

        // when they issue one and open the page again
        long serial =
                resident.post("/api/me/card", Map.of()).json().get("serial").asLong();
        ApiClient.Response after = resident.get("/me/card?lang=en");

        // then the page shows its QR symbol, the masked name, the serial, and how the colour is checked
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("id=\"no-card\"").doesNotContain("<svg");
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body())
                .contains("<svg", "class=\"serial\">" + serial + "<", "Colour is checked online at each checkpoint.")
                .contains(resident.get("/api/me").json().get("maskedName").asString())
                .contains("/js/print-card.js")
                .doesNotContain("<script>");
        assertThat(resident.get("/css/app.css").body()).contains("@media print");
    }

    @Test
    void the_buttons_of_the_printable_page_issue_and_revoke_the_card() {
        // given a resident on their card page without a card
        ApiClient resident = greenResident();
        String me = resident.get("/api/me").json().get("id").asString();

        // when they press "issue", then "revoke"
        ApiClient.Response issued = pressButton(resident, "/me/card?for=" + me);
        ApiClient.Response withCard = resident.get("/me/card?for=" + me);
        ApiClient.Response revoked = pressButton(resident, "/me/card/revocation?for=" + me);
        ApiClient.Response withoutCard = resident.get("/me/card?for=" + me);

        // then each press leads back to the page, which shows the card and then no card
        assertThat(issued.status()).isEqualTo(302);
        assertThat(withCard.body()).contains("id=\"printable-card\"");
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(withoutCard.body()).contains("id=\"no-card\"");
    }

    @Test
    void the_printable_page_is_bilingual() {
        ApiClient resident = greenResident();
        resident.post("/api/me/card", Map.of());

        ApiClient.Response chinese = resident.get("/me/card?lang=zh_CN");

        assertThat(chinese.body()).contains("每个检查点都会在线核验颜色。", "卡号");
    }

    private ApiClient greenResident() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        ApiClient.Response declared = resident.put("/api/me/declaration", cleanDeclaration());
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        return resident;
    }

    private static ApiClient.Response pressButton(ApiClient resident, String action) {
        Matcher csrf = CSRF.matcher(resident.get("/me/card").body());
        assertThat(csrf.find()).isTrue();
        String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return resident.postRaw(action, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    private ApiClient staff() {
        return journeys.staff(client(), "VENUE_OPERATOR");
    }

    private static ApiClient.Response verify(ApiClient client, String code) {
        return client.post("/api/checkpoint/verify", Map.of("code", code));
    }
}
