package org.healthcode.identity;

import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;

/**
 * The number of a Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证, "台胞证"): 8 digits, the number
 * that stays the same across the person's cards. Spaces are ignored.
 */
public record TaiwanPermit(String number) implements IdentityDocument {

    private static final Pattern SHAPE = Pattern.compile("\\d{8}");

    /**
     * A permit number in its normalised form.
     *
     * @throws RejectedException {@code taiwan-permit-format} on field {@code documentNumber}
     */
    public TaiwanPermit {
        if (number == null || !SHAPE.matcher(number).matches()) {
            throw new RejectedException(IdentityErrorCode.TAIWAN_PERMIT_FORMAT, FIELD);
        }
    }

    /** Reads a permit number as typed: spaces are ignored and letters upper-cased. */
    public static TaiwanPermit of(String input) {
        return new TaiwanPermit(DocumentNumbers.normalise(input));
    }

    @Override
    public DocumentType type() {
        return DocumentType.TAIWAN_PERMIT;
    }

    @Override
    public String toString() {
        return type() + ":" + masked();
    }
}
