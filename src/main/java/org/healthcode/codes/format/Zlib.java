package org.healthcode.codes.format;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** The zlib layer (RFC 1950) of a code, with a hard cap on the inflated size against decompression bombs. */
final class Zlib {

    private Zlib() {}

    /** The zlib stream of these bytes at the best compression. */
    static byte[] deflate(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 16);
            byte[] buffer = new byte[256];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The bytes of this zlib stream, or an exception if it is not exactly one complete zlib stream or would inflate to
     * more than {@code maxBytes}.
     */
    static byte[] inflate(byte[] stream, int maxBytes) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stream);
            byte[] out = new byte[maxBytes + 1];
            int length = 0;
            while (!inflater.finished() && length <= maxBytes) {
                int inflated = inflater.inflate(out, length, out.length - length);
                if (inflated == 0 && !inflater.finished()) {
                    throw new DataFormatException("truncated stream or preset dictionary");
                }
                length += inflated;
            }
            if (length > maxBytes || inflater.getRemaining() > 0) {
                throw new DataFormatException("too large or trailing bytes");
            }
            return Arrays.copyOf(out, length);
        } finally {
            inflater.end();
        }
    }
}
