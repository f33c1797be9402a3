package org.healthcode.residents;

import java.util.regex.Pattern;
import org.healthcode.common.Masking;
import org.healthcode.common.RejectedException;

/**
 * A person's name as written on their identity document: letters of any script, with spaces, the middle dot used in
 * transcribed names ("·"), hyphens and apostrophes between them; 1 to 64 characters.
 */
public record PersonName(String value) {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+([ ·'\\-.][\\p{L}\\p{M}]+)*\\.?");

    public PersonName {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()
                || stripped.length() > 64
                || !NAME.matcher(stripped).matches()) {
            throw new RejectedException(ResidentErrorCode.NAME_FORMAT, "name");
        }
        value = stripped;
    }

    public String masked() {
        return Masking.name(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
