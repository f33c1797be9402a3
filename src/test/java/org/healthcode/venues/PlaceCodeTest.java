package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.healthcode.codes.PlaceCode;
import org.healthcode.codes.PlaceCodeVariant;
import org.healthcode.codes.PlaceCodes;
import org.healthcode.codes.RegionCode;
import org.healthcode.codes.format.PlaceCodeFormat;
import org.healthcode.codes.keys.KeyId;
import org.healthcode.codes.keys.P256;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A venue prints its poster and shows a rotating code; residents check in by scanning either. */
class PlaceCodeTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    CheckIns checkIns;

    @Autowired
    PlaceCodes placeCodes;

    @Autowired
    MutableClock clock;

    @Test
    void a_resident_checks_in_by_the_poster_printed_as_png_with_low_confidence() throws Exception {
        // given a venue's printed poster, read back from its image
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "SUPERMARKET_OR_MALL");
        String posterCode = decodeQr(operator.getBytes("/venues/" + venue + "/poster.png"));
        ApiClient resident = greenResident();

        // when the resident scans it
        ApiClient.Response checkedIn = checkIn(resident, posterCode);

        // then the check-in is recorded as a poster scan, and the screen shows what staff need
        assertThat(posterCode).startsWith("HCP1:");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(200);
        JsonNode person = checkedIn.json().get("people").get(0);
        assertThat(person.get("method").asString()).isEqualTo("POSTER");
        assertThat(person.get("confidence").asString()).isEqualTo("LOW");
        assertThat(person.get("decision").asString()).isEqualTo("ALLOW");
        assertThat(person.get("colour").asString()).isEqualTo("GREEN");
        assertThat(person.get("maskedName").asString()).isNotBlank();
        assertThat(checkedIn.json().get("venueId").asString()).isEqualTo(venue);
        assertThat(resident.get("/api/me/check-ins")
                        .json()
                        .get(0)
                        .get("confidence")
                        .asString())
                .isEqualTo("LOW");
    }

    @Test
    void the_rotating_code_checks_in_with_high_confidence_and_is_refused_once_expired() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "OFFICE_OR_BUSINESS");
        ApiClient.Response rotating = operator.get("/api/venues/" + venue + "/place-codes/rotating");
        String code = rotating.json().get("text").asString();
        ApiClient early = greenResident();
        ApiClient late = greenResident();

        ApiClient.Response inTime = checkIn(early, code);
        clock.advance(Duration.between(
                        clock.instant(),
                        Instant.parse(rotating.json().get("expiresAt").asString()))
                .plusSeconds(10));
        ApiClient.Response tooLate = checkIn(late, code);

        assertThat(rotating.json().get("svg").asString()).startsWith("<svg");
        assertThat(inTime.json().get("people").get(0).get("method").asString()).isEqualTo("ROTATING_CODE");
        assertThat(inTime.json().get("people").get(0).get("confidence").asString())
                .isEqualTo("HIGH");
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.code()).isEqualTo("place-code-expired");
        assertThat(late.get("/api/me/check-ins").json()).isEmpty();
        assertThat(checkIns.countAt(VenueId.of(venue))).isEqualTo(1);
    }

    @Test
    void forged_unreadable_and_person_codes_are_refused_and_nothing_is_recorded() {
        ApiClient resident = greenResident();
        UUID venue = UUID.fromString(VenueFixtures.venue(VenueFixtures.operator(client(), journeys), "OTHER"));
        KeyPair stranger = P256.generateKeyPair();
        Instant now = clock.instant();
        String forged = PlaceCodeFormat.encode(
                new PlaceCode(RegionCode.of("310000"), venue, PlaceCodeVariant.ROTATING, now, now.plusSeconds(300)),
                KeyId.of(stranger.getPublic()),
                stranger.getPrivate());
        String healthCode = resident.get("/api/me/code").json().get("text").asString();

        assertThat(checkIn(resident, forged).code()).isEqualTo("place-code-forged");
        assertThat(checkIn(resident, healthCode).code()).isEqualTo("place-code-unreadable");
        assertThat(checkIn(resident, "HCP1:NOT-A-CODE").code()).isEqualTo("place-code-unreadable");
        assertThat(checkIn(resident, null).code()).isEqualTo("place-code-unreadable");
        assertThat(checkIns.countAt(new VenueId(venue))).isZero();
        assertThat(resident.get("/api/me/check-ins").json()).isEmpty();
    }

    @Test
    void a_poster_of_a_retired_or_unknown_venue_is_refused() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "SCHOOL");
        String poster = placeCodes.issue(UUID.fromString(venue), PlaceCodeVariant.POSTER, Duration.ofDays(30));
        String nowhere = placeCodes.issue(UUID.randomUUID(), PlaceCodeVariant.POSTER, Duration.ofDays(30));
        operator.post("/api/venues/" + venue + "/retirement", Map.of());
        ApiClient resident = greenResident();

        ApiClient.Response atRetired = checkIn(resident, poster);
        ApiClient.Response atUnknown = checkIn(resident, nowhere);

        assertThat(atRetired.code()).isEqualTo("venue-retired");
        assertThat(atUnknown.code()).isEqualTo("venue-unknown");
        assertThat(operator.get("/api/venues/" + venue + "/place-codes/rotating")
                        .code())
                .isEqualTo("venue-retired");
        assertThat(resident.get("/api/me/check-ins").json()).isEmpty();
    }

    @Test
    void the_a4_poster_carries_the_venue_name_and_bilingual_instructions() throws Exception {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "PHARMACY");

        byte[] pdf = operator.getBytes("/venues/" + venue + "/poster.pdf");

        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isBetween(594f, 596f);
        assertThat(text).contains("Scan this place code").contains("changing code on its screen");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("STSongStd-Light");
        reader.close();
    }

    @Test
    void the_display_and_check_in_pages_load_their_scripts() {
        ApiClient operator = VenueFixtures.operator(client(), journeys);
        String venue = VenueFixtures.venue(operator, "PUBLIC_TRANSPORT");

        ApiClient.Response display = operator.get("/venues/" + venue + "/display", "text/html");
        ApiClient.Response checkInPage = greenResident().get("/me/check-in", "text/html");

        assertThat(display.body()).contains("place-display.js").contains("/place-codes/rotating");
        assertThat(checkInPage.body()).contains("resident-check-in.js").contains("entry-sound.js");
    }

    private ApiClient greenResident() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());
        return resident;
    }

    private static ApiClient.Response checkIn(ApiClient resident, String placeCode) {
        return resident.post(
                "/api/me/check-ins",
                new java.util.HashMap<>(java.util.Collections.singletonMap("placeCode", placeCode)));
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
