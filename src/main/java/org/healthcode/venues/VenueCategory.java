package org.healthcode.venues;

import java.util.Locale;
import org.healthcode.common.RejectedException;

/** What kind of place a venue is; entry policies are set per category. */
public enum VenueCategory {
    RESIDENTIAL_COMMUNITY,
    OFFICE_OR_BUSINESS,
    PUBLIC_TRANSPORT,
    SCHOOL,
    PHARMACY,
    SUPERMARKET_OR_MALL,
    HOSPITAL,
    OTHER;

    /** The request field that carries a category. */
    public static final String FIELD = "category";

    /**
     * Reads a category name in any case.
     *
     * @throws RejectedException {@code venue-category-unknown} for anything else
     */
    public static VenueCategory of(String text) {
        if (text == null) {
            throw new RejectedException(VenueErrorCode.CATEGORY_UNKNOWN, FIELD);
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RejectedException(VenueErrorCode.CATEGORY_UNKNOWN, FIELD);
        }
    }
}
