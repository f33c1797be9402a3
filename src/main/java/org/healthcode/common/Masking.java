package org.healthcode.common;

/**
 * The masked forms of personal data that screens, APIs and logs may show. A masked value identifies nobody on its own
 * but lets a checkpoint or a resident recognise the person they expect.
 */
public final class Masking {

    private static final char MASK = '*';

    private Masking() {}

    /**
     * A name with its middle hidden: the first and last characters stay, everything between becomes {@code *}. Two
     * characters keep only the first ("李*"); one character is shown as it is.
     */
    public static String name(String name) {
        int[] codePoints = name.strip().codePoints().toArray();
        if (codePoints.length <= 1) {
            return name.strip();
        }
        if (codePoints.length == 2) {
            return new String(codePoints, 0, 1) + MASK;
        }

        StringBuilder masked = new StringBuilder().appendCodePoint(codePoints[0]);
        for (int i = 1; i < codePoints.length - 1; i++) {
            masked.append(Character.isWhitespace(codePoints[i]) ? ' ' : MASK);
        }
        return masked.appendCodePoint(codePoints[codePoints.length - 1]).toString();
    }

    /** A document number with only its first and last characters shown: {@code 1****************X}. */
    public static String documentNumber(String number) {
        if (number.length() <= 2) {
            return String.valueOf(MASK).repeat(number.length());
        }
        return number.charAt(0) + String.valueOf(MASK).repeat(number.length() - 2) + number.charAt(number.length() - 1);
    }

    /** A phone number with its first three and last four digits shown: {@code 138****5678}. */
    public static String phone(String digits) {
        if (digits.length() <= 7) {
            return String.valueOf(MASK).repeat(digits.length());
        }
        return digits.substring(0, 3)
                + String.valueOf(MASK).repeat(digits.length() - 7)
                + digits.substring(digits.length() - 4);
    }
}
