package org.healthcode.sampling;

import java.util.Locale;
import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;

/**
 * The barcode printed on a sample tube: 8 to 20 characters, upper-case letters A-Z and digits 0-9 only (Code 128 and
 * QR both carry it). Input is trimmed and upper-cased first, so {@code " sh2022abc01 "} reads as {@code
 * SH2022ABC01}. A barcode names a tube, never a person.
 */
public record TubeBarcode(String value) {

    /** The request field that carries a barcode. */
    public static final String FIELD = "barcode";

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{8,20}");

    public TubeBarcode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RejectedException(SamplingErrorCode.BARCODE_FORMAT, FIELD);
        }
    }

    /**
     * Reads a barcode as scanned or typed.
     *
     * @throws RejectedException {@code barcode-format} unless it is 8-20 letters and digits
     */
    public static TubeBarcode of(String text) {
        if (text == null) {
            throw new RejectedException(SamplingErrorCode.BARCODE_FORMAT, FIELD);
        }
        return new TubeBarcode(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether the text reads as a barcode, without throwing. */
    public static boolean isBarcode(String text) {
        return text != null
                && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
