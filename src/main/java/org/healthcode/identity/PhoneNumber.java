package org.healthcode.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthcode.common.Masking;
import org.healthcode.common.RejectedException;

/**
 * A mainland China mobile number: 11 digits starting with {@code 13} to {@code 19}, in a range libphonenumber knows
 * as mobile. Entered as {@code 13812345678}, {@code +86 138 1234 5678} or {@code 138-1234-5678}; kept in E.164 form.
 * Fixed lines and numbers of other countries are refused, since codes are delivered by text message.
 */
public final class PhoneNumber {

    /** The request field that carries a phone number. */
    public static final String FIELD = "phone";

    private static final PhoneNumberUtil LIBRARY = PhoneNumberUtil.getInstance();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern ENTERED_SHAPE = Pattern.compile("(\\+86)?1[3-9]\\d{9}");
    private static final Set<PhoneNumberType> MOBILE_TYPES =
            Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /**
     * Reads a mainland mobile number.
     *
     * @throws RejectedException {@code phone-format} on field {@code phone}
     */
    public static PhoneNumber of(String input) {
        String compact = input == null ? "" : SEPARATORS.matcher(input).replaceAll("");
        if (!ENTERED_SHAPE.matcher(compact).matches()) {
            throw rejected();
        }

        Phonenumber.PhoneNumber parsed = parse(compact);
        if (!LIBRARY.isValidNumberForRegion(parsed, "CN") || !MOBILE_TYPES.contains(LIBRARY.getNumberType(parsed))) {
            throw rejected();
        }
        return new PhoneNumber(LIBRARY.format(parsed, PhoneNumberFormat.E164));
    }

    private static Phonenumber.PhoneNumber parse(String compact) {
        try {
            return LIBRARY.parse(compact, "CN");
        } catch (NumberParseException unreadable) {
            throw rejected();
        }
    }

    private static RejectedException rejected() {
        return new RejectedException(IdentityErrorCode.PHONE_FORMAT, FIELD);
    }

    /** The E.164 form, {@code +8613812345678}: what is hashed for look-ups and what SMS gateways take. */
    public String canonical() {
        return e164;
    }

    /** The 11-digit national number, {@code 13812345678}. */
    public String national() {
        return e164.substring(3);
    }

    /** The national number with its middle hidden: {@code 138****5678}. */
    public String masked() {
        return Masking.phone(national());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && e164.equals(that.e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
