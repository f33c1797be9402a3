package org.healthcode.mycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.cleanDeclaration;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The resident's code as an image, scanned the way a checkpoint camera would, gives the person's colour. */
class CodeImageTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Test
    void the_png_of_my_code_scans_to_the_code_text_and_the_checkpoint_shows_green_and_the_masked_name()
            throws Exception {
        // given
        ApiClient resident = client();
        journeys.register(resident, aPerson());
        resident.put("/api/me/declaration", cleanDeclaration());
        ApiClient.Response code = resident.get("/api/me/code");

        // when
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(resident.getBytes("/api/me/code.png")));
        String scanned = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        ApiClient.Response checked =
                journeys.staff(client(), "VENUE_OPERATOR").post("/api/checkpoint/verify", Map.of("code", scanned));

        // then
        assertThat(scanned).isEqualTo(code.json().get("text").asString());
        assertThat(checked.json().get("colour").asString()).isEqualTo("GREEN");
        assertThat(checked.json().get("decision").asString()).isEqualTo("ALLOW");
        assertThat(checked.json().get("maskedName").asString())
                .isEqualTo(code.json().get("maskedName").asString());
    }
}
