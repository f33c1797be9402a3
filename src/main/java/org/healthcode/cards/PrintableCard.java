package org.healthcode.cards;

import java.time.Instant;

/**
 * A card as its holder prints it. The text is a bearer credential until the card is revoked or expires; never log it.
 *
 * @param serial the card serial, printed on the card and carried by the code
 * @param text the signed card code text the QR symbol carries
 * @param svg the QR symbol of the text
 */
public record PrintableCard(
        long serial, String maskedName, Instant issuedAt, Instant expiresAt, String text, String svg) {

    @Override
    public String toString() {
        return "PrintableCard[" + serial + ", expires " + expiresAt + "]";
    }
}
