package org.healthcode.mycode;

import org.healthcode.codes.Colour;

/** Between the colour of a status and the colour written into a code; the two enums name the same three colours. */
public final class ColourMapping {

    private ColourMapping() {}

    /** The code colour of a status colour. */
    public static Colour toCode(org.healthcode.status.Colour colour) {
        return switch (colour) {
            case GREEN -> Colour.GREEN;
            case YELLOW -> Colour.YELLOW;
            case RED -> Colour.RED;
        };
    }
}
