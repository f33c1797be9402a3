package org.healthcode.testing;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.healthcode.codes.qr.QrRenderer;

/**
 * A short video of one QR code held still in front of a camera, for Chromium's fake camera
 * ({@code --use-file-for-fake-video-capture}). The file is YUV4MPEG2 ("Y4M"): one header line giving the frame size,
 * the frame rate and the 4:2:0 chroma layout, then frames, each the line {@code FRAME} followed by the luma plane (one
 * byte a pixel) and the two chroma planes (one byte per 2x2 pixels). Every frame is the same grey picture: the
 * symbol as the application encodes it ({@link QrRenderer}), in the middle of a white field, where the scanner's box
 * looks. Chromium plays the file in a loop.
 */
public final class FakeCameraVideo {

    /**
     * Frame width in pixels: the width at which the scanning pages show the video ({@code .scanner}, 24rem), so that
     * html5-qrcode, which copies its 250-pixel box of the shown video to a 250-pixel canvas, reads the box pixel for
     * pixel. A wider frame would be shrunk there and a long code's modules blurred.
     */
    public static final int WIDTH = 384;

    /** Frame height in pixels (4:3). */
    public static final int HEIGHT = 288;

    private static final int FRAMES_PER_SECOND = 10;
    private static final int FRAMES = 10;
    private static final int SYMBOL_PIXELS = 240;
    private static final int MIN_MODULE_PIXELS = 2;
    private static final byte WHITE = (byte) 235;
    private static final byte BLACK = (byte) 16;
    private static final byte NO_COLOUR = (byte) 128;

    private FakeCameraVideo() {}

    /** Writes a one-second video showing {@code text} as a QR code to {@code file} (a {@code .y4m} path). */
    public static Path write(String text, Path file) {
        byte[] luma = picture(new QrRenderer().symbol(text).getMatrix());
        byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
        Arrays.fill(chroma, NO_COLOUR);
        String header = "YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F" + FRAMES_PER_SECOND + ":1 Ip A1:1 C420jpeg\n";
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < FRAMES; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Could not write the fake camera video " + file, unwritable);
        }
        return file;
    }

    /**
     * The luma plane: white, with the symbol's dark modules black, whole pixels a module, centred inside the scanner's
     * box (the white field around it is the quiet zone).
     */
    private static byte[] picture(ByteMatrix symbol) {
        int modulePixels = SYMBOL_PIXELS / symbol.getWidth();
        if (modulePixels < MIN_MODULE_PIXELS) {
            throw new IllegalArgumentException("The code is too long to film sharply in " + WIDTH + " pixels");
        }
        int left = (WIDTH - symbol.getWidth() * modulePixels) / 2;
        int top = (HEIGHT - symbol.getHeight() * modulePixels) / 2;
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, WHITE);
        for (int y = 0; y < symbol.getHeight(); y++) {
            for (int x = 0; x < symbol.getWidth(); x++) {
                if (symbol.get(x, y) == 1) {
                    fill(luma, left + x * modulePixels, top + y * modulePixels, modulePixels);
                }
            }
        }
        return luma;
    }

    private static void fill(byte[] luma, int left, int top, int side) {
        for (int row = top; row < top + side; row++) {
            Arrays.fill(luma, row * WIDTH + left, row * WIDTH + left + side, BLACK);
        }
    }
}
