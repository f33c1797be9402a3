package org.healthcode.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds made-up resident ID numbers with a correct check character for tests. The numbers are computed, never
 * copied from a real person; defaults describe a man born 1990-03-07 in Beijing's Dongcheng district.
 */
final class SyntheticResidentId {

    private String regionCode = "110101";
    private LocalDate birthDate = LocalDate.of(1990, 3, 7);
    private int sequence = 123;

    private SyntheticResidentId() {}

    static SyntheticResidentId aResidentId() {
        return new SyntheticResidentId();
    }

    SyntheticResidentId inRegion(String regionCode) {
        this.regionCode = regionCode;
        return this;
    }

    SyntheticResidentId bornOn(LocalDate birthDate) {
        this.birthDate = birthDate;
        return this;
    }

    /** The three-digit sequence; its last digit is odd for a man. */
    SyntheticResidentId withSequence(int sequence) {
        this.sequence = sequence;
        return this;
    }

    /** Picks the first sequence number from the current one on whose check character is the given one. */
    SyntheticResidentId withCheckCharacter(char wanted) {
        while (ResidentIdNumber.checkCharacter(first17()) != wanted) {
            sequence = (sequence + 1) % 1000;
        }
        return this;
    }

    /** The 17 digits before the check character, with the birth date written as given (no calendar check). */
    String first17() {
        return regionCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
    }

    String build() {
        String first17 = first17();
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** Seventeen raw digits with a correct check character appended, for dates that do not exist. */
    static String withCheckCharacter(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
