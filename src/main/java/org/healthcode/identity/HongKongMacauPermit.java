package org.healthcode.identity;

import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;

/**
 * The number of a Mainland Travel Permit for Hong Kong and Macao Residents (港澳居民来往内地通行证, "回乡证"), the
 * document Hong Kong and Macao residents use in the mainland. Not to be confused with the permit mainland residents
 * use to travel to Hong Kong and Macao (往来港澳通行证), which is not accepted here.
 *
 * <p>Accepted: {@code H} (Hong Kong) or {@code M} (Macao) followed by 8 digits, the number printed on current cards;
 * or followed by 10 digits, the older form in which the last two digits count how often the card was reissued.
 * Lower case is upper-cased, spaces are ignored. The two forms are not unified: the same person's old and new cards
 * have different canonical forms.
 */
public record HongKongMacauPermit(String number) implements IdentityDocument {

    private static final Pattern SHAPE = Pattern.compile("[HM]\\d{8}(\\d{2})?");

    /**
     * A permit number in its normalised form.
     *
     * @throws RejectedException {@code hk-macau-permit-format} on field {@code documentNumber}
     */
    public HongKongMacauPermit {
        if (number == null || !SHAPE.matcher(number).matches()) {
            throw new RejectedException(IdentityErrorCode.HK_MACAU_PERMIT_FORMAT, FIELD);
        }
    }

    /** Reads a permit number as typed: spaces are ignored and letters upper-cased. */
    public static HongKongMacauPermit of(String input) {
        return new HongKongMacauPermit(DocumentNumbers.normalise(input));
    }

    @Override
    public DocumentType type() {
        return DocumentType.HK_MACAU_PERMIT;
    }

    @Override
    public String toString() {
        return type() + ":" + masked();
    }
}
