package org.healthcode.codes.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.codes.CodeFixtures.aRing;
import static org.healthcode.codes.CodeFixtures.aSigningKey;
import static org.healthcode.codes.CodeFixtures.aSubject;
import static org.healthcode.codes.CodeFixtures.anIssuer;
import static org.healthcode.codes.CodeFixtures.negativeYesterday;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.Mode;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import javax.imageio.ImageIO;
import org.healthcode.codes.Colour;
import org.healthcode.codes.MovableClock;
import org.junit.jupiter.api.Test;

class QrRendererTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private final QrRenderer renderer = new QrRenderer();
    private final String code = anIssuer(aRing(aSigningKey(START)), new MovableClock(START))
            .issueScreen(aSubject(), Colour.GREEN, negativeYesterday(START))
            .text();

    @Test
    void a_rendered_png_decodes_back_to_exactly_the_code_text() throws Exception {
        byte[] png = renderer.png(code, 4);

        var image = ImageIO.read(new ByteArrayInputStream(png));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        String decoded = new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();

        assertThat(decoded).isEqualTo(code);
    }

    @Test
    void a_code_is_drawn_in_alphanumeric_mode_at_level_q() {
        var symbol = renderer.symbol(code);

        assertThat(symbol.getMode()).isEqualTo(Mode.ALPHANUMERIC);
        assertThat(symbol.getECLevel()).isEqualTo(QrRenderer.ERROR_CORRECTION);
    }

    @Test
    void an_svg_is_one_path_in_a_view_box_measured_in_modules_with_a_quiet_zone() {
        int modules = renderer.symbol(code).getVersion().getDimensionForVersion();

        String svg = renderer.svg(code);

        int side = modules + 2 * QrRenderer.QUIET_ZONE;
        assertThat(svg)
                .startsWith("<svg")
                .contains("viewBox=\"0 0 " + side + " " + side + "\"")
                .contains("<path");
    }
}
