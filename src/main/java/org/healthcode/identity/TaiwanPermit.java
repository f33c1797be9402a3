package org.healthcode.identity;

import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;

/**
 * The number of a Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证, "台胞证"): 8 digits, the number
 * that stays the same across the person's cards. Spaces are ignored.
 */
public final class TaiwanPermit implements IdentityDocument {

    private static final Pattern SHAPE = Pattern.compile("\\d{8}");

    private final String number;

    private TaiwanPermit(String number) {
        this.number = number;
    }

    /**
     * Reads a permit number.
     *
     * @throws RejectedException {@code taiwan-permit-format} on field {@code documentNumber}
     */
    public static TaiwanPermit of(String input) {
        String number = DocumentNumbers.normalise(input);
        if (!SHAPE.matcher(number).matches()) {
            throw new RejectedException(IdentityErrorCode.TAIWAN_PERMIT_FORMAT, FIELD);
        }
        return new TaiwanPermit(number);
    }

    @Override
    public DocumentType type() {
        return DocumentType.TAIWAN_PERMIT;
    }

    @Override
    public String number() {
        return number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaiwanPermit that && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return type() + ":" + masked();
    }
}
