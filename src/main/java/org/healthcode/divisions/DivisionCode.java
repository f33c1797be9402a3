package org.healthcode.divisions;

import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;

/**
 * A six-digit administrative division code in the GB/T 2260 shape, such as {@code 310115}. Only the shape is checked
 * here; whether the code names a real division is a question for {@link Divisions#require(DivisionCode)}.
 *
 * @param value the six digits
 */
public record DivisionCode(String value) {

    /** The request field that carries a division code. */
    public static final String FIELD = "divisionCode";

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public DivisionCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new RejectedException(DivisionErrorCode.DIVISION_CODE_MALFORMED, FIELD);
        }
    }

    /**
     * Reads a division code, ignoring surrounding whitespace.
     *
     * @throws RejectedException {@code division-code-malformed} unless the input is exactly six ASCII digits
     */
    public static DivisionCode of(String input) {
        return new DivisionCode(input == null ? null : input.strip());
    }

    /** The two-digit province part: {@code 31} for {@code 310115}. */
    public String provincePart() {
        return value.substring(0, 2);
    }

    /** The four-digit province-and-city part: {@code 3101} for {@code 310115}. */
    public String cityPart() {
        return value.substring(0, 4);
    }

    @Override
    public String toString() {
        return value;
    }
}
