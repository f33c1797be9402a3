package org.healthcode.mycode;

import java.time.Instant;
import org.healthcode.codes.Colour;

/**
 * A screen code as its holder sees it. The text is a bearer credential until it expires; never log it.
 *
 * @param text the signed code text the QR symbol carries
 * @param svg the QR symbol of the text
 */
public record ScreenCode(
        String text, Colour colour, Instant issuedAt, Instant expiresAt, String maskedName, String svg) {

    @Override
    public String toString() {
        return "ScreenCode[" + colour + ", expires " + expiresAt + "]";
    }
}
