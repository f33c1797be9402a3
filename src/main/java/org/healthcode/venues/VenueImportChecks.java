package org.healthcode.venues;

import java.math.BigDecimal;
import org.healthcode.common.ErrorCode;
import org.healthcode.common.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Checks one import row on its own: category, name, district, address, position and capacity. Names and addresses
 * are stripped of surrounding whitespace, including no-break and ideographic spaces. Duplicates within a file and
 * venues registered earlier are found later, by {@link VenueImporter}.
 */
@Component
class VenueImportChecks {

    static final int NAME_LIMIT = 200;
    static final int ADDRESS_LIMIT = 300;

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private final VenueImportDistricts districts;

    VenueImportChecks(VenueImportDistricts districts) {
        this.districts = districts;
    }

    /** A row's check: the candidate, or the first problem found. */
    record Checked(VenueImportCandidate candidate, ErrorCode problem) {

        static Checked refused(ErrorCode problem) {
            return new Checked(null, problem);
        }
    }

    Checked check(VenueImportRow row, VenueImportScope scope) {
        try {
            return new Checked(candidate(row, scope), null);
        } catch (RowRefused refused) {
            return Checked.refused(refused.problem);
        }
    }

    private VenueImportCandidate candidate(VenueImportRow row, VenueImportScope scope) {
        VenueCategory category = category(row.category());
        String name = text(
                row.name(),
                NAME_LIMIT,
                VenueImportErrorCode.NAME_MISSING,
                VenueImportErrorCode.NAME_TOO_LONG,
                VenueErrorCode.NAME_INVALID);
        String division = district(row.district(), scope);
        String address = text(
                row.address(),
                ADDRESS_LIMIT,
                VenueImportErrorCode.ADDRESS_MISSING,
                VenueImportErrorCode.ADDRESS_TOO_LONG,
                VenueErrorCode.ADDRESS_INVALID);
        BigDecimal latitude = degrees(row.latitude(), MAX_LATITUDE);
        BigDecimal longitude = degrees(row.longitude(), MAX_LONGITUDE);
        if ((latitude == null) != (longitude == null)) {
            throw new RowRefused(VenueImportErrorCode.COORDINATES_INVALID);
        }
        return new VenueImportCandidate(
                row.number(), category, name, division, address, latitude, longitude, capacity(row.capacity()));
    }

    private String district(String cell, VenueImportScope scope) {
        VenueImportDistricts.Lookup district = districts.resolve(cell, scope);
        if (district.problem() != null) {
            throw new RowRefused(district.problem());
        }
        return district.district().code();
    }

    private static VenueCategory category(String text) {
        try {
            return VenueCategory.of(text);
        } catch (RejectedException unknown) {
            throw new RowRefused(VenueErrorCode.CATEGORY_UNKNOWN);
        }
    }

    private static String text(
            String cell,
            int limit,
            VenueImportErrorCode missing,
            VenueImportErrorCode tooLong,
            VenueErrorCode withControlCharacter) {
        String text = stripped(cell);
        if (text.isEmpty()) {
            throw new RowRefused(missing);
        }
        if (text.codePointCount(0, text.length()) > limit) {
            throw new RowRefused(tooLong);
        }
        if (VenueRegistration.hasControlCharacter(text)) {
            throw new RowRefused(withControlCharacter);
        }
        return text;
    }

    private static BigDecimal degrees(String cell, BigDecimal limit) {
        String text = stripped(cell);
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal degrees = new BigDecimal(text);
            if (degrees.abs().compareTo(limit) > 0) {
                throw new RowRefused(VenueImportErrorCode.COORDINATES_INVALID);
            }
            return degrees;
        } catch (NumberFormatException malformed) {
            throw new RowRefused(VenueImportErrorCode.COORDINATES_INVALID);
        }
    }

    private static Integer capacity(String cell) {
        String text = stripped(cell);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int capacity = Integer.parseInt(text);
            if (capacity < 1) {
                throw new RowRefused(VenueImportErrorCode.CAPACITY_INVALID);
            }
            return capacity;
        } catch (NumberFormatException malformed) {
            throw new RowRefused(VenueImportErrorCode.CAPACITY_INVALID);
        }
    }

    /** The cell without surrounding whitespace of any kind; {@code ""} for a missing cell. */
    static String stripped(String cell) {
        return cell == null ? "" : cell.replaceAll("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$", "");
    }

    /** A row check failed with this code. */
    private static final class RowRefused extends RuntimeException {
        private final transient ErrorCode problem;

        RowRefused(ErrorCode problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
