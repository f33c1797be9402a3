package org.healthcode.codes.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a code text as a QR symbol with error correction level Q (25 % of the symbol may be damaged), which
 * survives scratched screens and creased paper at the cost of a slightly larger symbol than M. Code texts use only
 * the QR alphanumeric set, so ZXing picks alphanumeric mode (5.5 bits per character). Every image has the
 * standard four-module quiet zone.
 */
public final class QrRenderer {

    /** The error correction level of every symbol. */
    public static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.Q;

    /** The quiet zone around the symbol, in modules. */
    public static final int QUIET_ZONE = 4;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ERROR_CORRECTION);

    /** The QR symbol of this text. */
    public QRCode symbol(String text) {
        try {
            return Encoder.encode(text, ERROR_CORRECTION, HINTS);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("The text does not fit in a QR symbol");
        }
    }

    /** A black-on-white 1-bit PNG of the text, {@code modulePixels} pixels per module (1 to 20). */
    public byte[] png(String text, int modulePixels) {
        if (modulePixels < 1 || modulePixels > 20) {
            throw new IllegalArgumentException("A module is 1 to 20 pixels wide");
        }
        ByteMatrix matrix = symbol(text).getMatrix();
        int side = (matrix.getWidth() + 2 * QUIET_ZONE) * modulePixels;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        paint(image.getRaster(), matrix, modulePixels);
        return writePng(image);
    }

    /** A scalable SVG of the text: one path of dark modules in a viewBox measured in modules. */
    public String svg(String text) {
        ByteMatrix matrix = symbol(text).getMatrix();
        int side = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder(matrix.getWidth() * matrix.getHeight());
        for (int y = 0; y < matrix.getHeight(); y++) {
            appendRow(path, matrix, y);
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + side + "\" height=\"" + side
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static void appendRow(StringBuilder path, ByteMatrix matrix, int y) {
        int x = 0;
        while (x < matrix.getWidth()) {
            if (matrix.get(x, y) != 1) {
                x++;
                continue;
            }
            int start = x;
            while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
                x++;
            }
            path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE);
            path.append('h').append(x - start).append("v1h-").append(x - start).append('z');
        }
    }

    private static void paint(WritableRaster raster, ByteMatrix matrix, int modulePixels) {
        int[] white = new int[raster.getWidth()];
        java.util.Arrays.fill(white, 1);
        for (int row = 0; row < raster.getHeight(); row++) {
            raster.setPixels(0, row, raster.getWidth(), 1, white);
        }
        int[] dark = new int[modulePixels * modulePixels];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) == 1) {
                    raster.setPixels(
                            (x + QUIET_ZONE) * modulePixels,
                            (y + QUIET_ZONE) * modulePixels,
                            modulePixels,
                            modulePixels,
                            dark);
                }
            }
        }
    }

    private static byte[] writePng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing a PNG to memory failed", impossible);
        }
        return out.toByteArray();
    }
}
