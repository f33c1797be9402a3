package org.healthcode.identity;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.Divisions;

/**
 * The 18-character number of a mainland resident identity card (GB 11643-1999): a six-digit region code, the birth
 * date as {@code YYYYMMDD}, a three-digit sequence number whose last digit is odd for men, and an ISO 7064 MOD 11-2
 * check character ({@code 0}-{@code 9} or {@code X}).
 *
 * <p>The region must be in the shipped division list, and the birth date must be a real date between 1900-01-01 and
 * today. Fifteen-digit numbers of the first-generation cards are not accepted.
 */
public final class ResidentIdNumber implements IdentityDocument {

    /** The earliest birth date accepted. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

    private final String number;
    private final LocalDate birthDate;

    private ResidentIdNumber(String number, LocalDate birthDate) {
        this.number = number;
        this.birthDate = birthDate;
    }

    /**
     * Reads a resident ID number; a lower-case {@code x} is accepted and upper-cased, spaces are ignored.
     *
     * @param divisions the region codes that exist
     * @param clock the clock that says what "today" is
     * @throws RejectedException on field {@code documentNumber} with {@code id-number-format},
     *     {@code id-number-check-character}, {@code id-number-birth-date}, {@code id-number-birth-date-future} or
     *     {@code id-number-region-unknown}, checked in that order
     */
    public static ResidentIdNumber of(String input, Divisions divisions, Clock clock) {
        String number = DocumentNumbers.normalise(input);
        if (!SHAPE.matcher(number).matches()) {
            throw rejected(IdentityErrorCode.ID_NUMBER_FORMAT);
        }
        if (number.charAt(17) != checkCharacter(number.substring(0, 17))) {
            throw rejected(IdentityErrorCode.ID_NUMBER_CHECK_CHARACTER);
        }

        LocalDate birthDate = birthDate(number, LocalDate.now(clock));
        if (!divisions.exists(number.substring(0, 6))) {
            throw rejected(IdentityErrorCode.ID_NUMBER_REGION_UNKNOWN);
        }
        return new ResidentIdNumber(number, birthDate);
    }

    /**
     * The ISO 7064 MOD 11-2 check character of the first 17 digits: each digit is weighted by 2^(17 - position) mod
     * 11, and the check character makes the weighted sum congruent to 1 modulo 11.
     *
     * @param first17Digits exactly 17 ASCII digits
     */
    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        int weight = 1;
        for (int position = 16; position >= 0; position--) {
            weight = (weight * 2) % 11;
            sum += (first17Digits.charAt(position) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static LocalDate birthDate(String number, LocalDate today) {
        LocalDate birthDate = calendarDate(number.substring(6, 14));
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            throw rejected(IdentityErrorCode.ID_NUMBER_BIRTH_DATE);
        }
        if (birthDate.isAfter(today)) {
            throw rejected(IdentityErrorCode.ID_NUMBER_BIRTH_DATE_FUTURE);
        }
        return birthDate;
    }

    private static LocalDate calendarDate(String yyyymmdd) {
        try {
            return LocalDate.of(
                    Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException impossible) {
            throw rejected(IdentityErrorCode.ID_NUMBER_BIRTH_DATE);
        }
    }

    private static RejectedException rejected(IdentityErrorCode code) {
        return new RejectedException(code, FIELD);
    }

    @Override
    public DocumentType type() {
        return DocumentType.RESIDENT_ID_CARD;
    }

    @Override
    public String number() {
        return number;
    }

    /** The birth date encoded in positions 7 to 14. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** The six-digit code of the region where the number was first issued (it never changes on moving). */
    public String regionCode() {
        return number.substring(0, 6);
    }

    /** The sex encoded in the 17th digit: odd for male, even for female. */
    public Sex sex() {
        return (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type(), number);
    }

    @Override
    public String toString() {
        return type() + ":" + masked();
    }
}
