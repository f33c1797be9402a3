package org.healthcode.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;

/**
 * A passport number with the country that issued it.
 *
 * <p>The rule for any country: 6 to 9 upper-case Latin letters or digits with at least one digit, which fits the
 * nine-character document-number field of an ICAO 9303 machine-readable zone without filler. Lower case is
 * upper-cased, spaces are ignored. For China ({@code CHN}) only ordinary passports are accepted: {@code E} or
 * {@code G} followed by 8 digits, or {@code E}, a letter and 7 digits.
 *
 * <p>The country is an ISO 3166-1 alpha-3 code known to the JDK ({@code GBR}, {@code CHN}, {@code TWN}, ...).
 */
public final class PassportNumber implements IdentityDocument {

    /** The request field that carries the issuing country. */
    public static final String COUNTRY_FIELD = "issuingCountry";

    private static final Pattern ANY_COUNTRY = Pattern.compile("(?=[A-Z]*\\d)[A-Z\\d]{6,9}");
    private static final Pattern CHINESE_ORDINARY = Pattern.compile("[EG]\\d{8}|E[A-Z]\\d{7}");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private final String country;
    private final String number;

    private PassportNumber(String country, String number) {
        this.country = country;
        this.number = number;
    }

    /**
     * Reads a passport number and its issuing country.
     *
     * @throws RejectedException {@code passport-country-unknown} on field {@code issuingCountry}, or
     *     {@code passport-number-format} on field {@code documentNumber}
     */
    public static PassportNumber of(String input, String issuingCountry) {
        String country = issuingCountry == null ? "" : issuingCountry.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new RejectedException(IdentityErrorCode.PASSPORT_COUNTRY_UNKNOWN, COUNTRY_FIELD);
        }

        String number = DocumentNumbers.normalise(input);
        Pattern rule = "CHN".equals(country) ? CHINESE_ORDINARY : ANY_COUNTRY;
        if (!rule.matcher(number).matches()) {
            throw new RejectedException(IdentityErrorCode.PASSPORT_NUMBER_FORMAT, FIELD);
        }
        return new PassportNumber(country, number);
    }

    @Override
    public DocumentType type() {
        return DocumentType.PASSPORT;
    }

    @Override
    public String number() {
        return number;
    }

    /** The ISO 3166-1 alpha-3 code of the issuing country. */
    public String country() {
        return country;
    }

    @Override
    public String canonical() {
        return type().name() + ":" + country + ":" + number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PassportNumber that && country.equals(that.country) && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type(), country, number);
    }

    @Override
    public String toString() {
        return type() + ":" + country + ":" + masked();
    }
}
