package org.healthcode.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.healthcode.codes.CodeFixtures;
import org.healthcode.codes.CodeRejection;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.Colour;
import org.healthcode.codes.MovableClock;
import org.healthcode.codes.TestRecency;
import org.healthcode.codes.Verification;
import org.healthcode.codes.keys.JwkSet;
import org.healthcode.codes.qr.QrRenderer;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an offline checkpoint can do with nothing but the published keys, and that a code survives the trip through
 * a printed or displayed QR symbol and a camera.
 */
class OfflineVerificationTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Test
    void a_verifier_built_only_from_the_published_keys_accepts_a_residents_code_with_its_colour() {
        // given a verifier that knows nothing but the JSON published at the well-known address
        CodeVerifier offline = verifierFromPublishedKeys();

        // when it checks a green resident's screen code
        Verification verification = offline.verify(greenResidentsCode());

        // then the code is accepted and shows green
        assertThat(verification.accepted()).as(verification.toString()).isTrue();
        assertThat(verification.claimsOrThrow().colour()).contains(Colour.GREEN);
    }

    @Test
    void a_verifier_built_only_from_the_published_keys_refuses_a_code_signed_by_a_foreign_key() {
        // given a code signed by a key this region never published
        MovableClock foreignClock = new MovableClock(clock.instant());
        var foreignRing =
                CodeFixtures.aRing(CodeFixtures.aSigningKey(clock.instant().minus(Duration.ofHours(1))));
        String foreign = CodeFixtures.anIssuer(foreignRing, foreignClock)
                .issueScreen(CodeFixtures.aSubject(), Colour.GREEN, TestRecency.NONE)
                .text();

        // when the offline verifier checks it
        Verification verification = verifierFromPublishedKeys().verify(foreign);

        // then it is refused for its key
        assertThat(verification).isEqualTo(Verification.rejected(CodeRejection.UNKNOWN_KEY));
    }

    @Test
    void a_code_drawn_as_a_png_and_read_back_by_a_qr_decoder_is_the_same_text_and_is_allowed_at_the_checkpoint()
            throws Exception {
        // given a green resident's code drawn as a QR image
        String text = greenResidentsCode();
        byte[] png = new QrRenderer().png(text, 4);

        // when a QR decoder reads the image and staff send what it read
        String decoded = decode(png);
        ApiClient.Response checked =
                journeys.staff(client(), "SAMPLER").post("/api/checkpoint/verify", Map.of("code", decoded));

        // then the decoder got the text back and the checkpoint lets the holder pass
        assertThat(decoded).isEqualTo(text);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("decision").asString()).isEqualTo("ALLOW");
    }

    private CodeVerifier verifierFromPublishedKeys() {
        ApiClient.Response keys = client().get("/.well-known/healthcode/keys");
        assertThat(keys.status()).isEqualTo(200);
        return new CodeVerifier(JwkSet.parse(keys.body()).trustedKeys(), Duration.ofSeconds(30), clock);
    }

    private String greenResidentsCode() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());
        ApiClient.Response code = resident.get("/api/me/code");
        assertThat(code.status()).as(code.body()).isEqualTo(200);
        return code.json().get("text").asString();
    }

    private static String decode(byte[] png) throws IOException, NotFoundException, ChecksumException, FormatException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE))
                .getText();
    }
}
