package org.healthcode.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** The normalisation shared by the document types: spaces removed, letters upper-cased. */
final class DocumentNumbers {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private DocumentNumbers() {}

    static String normalise(String input) {
        if (input == null) {
            return "";
        }
        return WHITESPACE.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
