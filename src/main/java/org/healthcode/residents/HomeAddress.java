package org.healthcode.residents;

import org.healthcode.common.RejectedException;

/** The street address of a home, below its division: 2 to 200 printable characters on one line. */
public record HomeAddress(String value) {

    public HomeAddress {
        String stripped = value == null ? "" : value.strip();
        boolean printable = stripped.codePoints().noneMatch(Character::isISOControl);
        if (stripped.length() < 2 || stripped.length() > 200 || !printable) {
            throw new RejectedException(ResidentErrorCode.ADDRESS_FORMAT, "address");
        }
        value = stripped;
    }

    @Override
    public String toString() {
        return "HomeAddress[masked]";
    }
}
