package org.healthcode.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.identity.SyntheticResidentId.aResidentId;
import static org.healthcode.identity.TestClocks.FIXED;
import static org.healthcode.identity.TestClocks.TODAY;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.Division;
import org.healthcode.divisions.DivisionLevel;
import org.healthcode.divisions.Divisions;

class ResidentIdNumberPropertyTest {

    private static final Divisions DIVISIONS = new Divisions();
    private static final List<String> COUNTY_CODES = DIVISIONS.provinces().stream()
            .flatMap(province -> DIVISIONS.children(province.code()).stream())
            .flatMap(city -> DIVISIONS.children(city.code()).stream())
            .filter(division -> division.level() == DivisionLevel.COUNTY)
            .map(Division::code)
            .toList();

    @Property
    void any_synthetic_number_with_an_existing_region_and_a_past_birth_date_is_accepted(
            @ForAll("validNumbers") String number) {
        ResidentIdNumber id = ResidentIdNumber.of(number, DIVISIONS, FIXED);

        assertThat(id.number()).isEqualTo(number);
        assertThat(id.regionCode()).isEqualTo(number.substring(0, 6));
    }

    @Property
    void changing_any_one_of_the_first_seventeen_digits_is_refused(
            @ForAll("validNumbers") String number,
            @ForAll @IntRange(min = 0, max = 16) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        // given
        char changed = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
        String typo = number.substring(0, position) + changed + number.substring(position + 1);

        // when / then
        assertThatThrownBy(() -> ResidentIdNumber.of(typo, DIVISIONS, FIXED))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        rejected -> assertThat(rejected.errorCode())
                                .isIn(
                                        IdentityErrorCode.ID_NUMBER_CHECK_CHARACTER,
                                        IdentityErrorCode.ID_NUMBER_BIRTH_DATE,
                                        IdentityErrorCode.ID_NUMBER_BIRTH_DATE_FUTURE,
                                        IdentityErrorCode.ID_NUMBER_REGION_UNKNOWN));
    }

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<String> regions = Arbitraries.of(COUNTY_CODES);
        Arbitrary<LocalDate> birthDates = Dates.dates().between(LocalDate.of(1900, 1, 1), TODAY);
        Arbitrary<Integer> sequences = Arbitraries.integers().between(0, 999);
        return Combinators.combine(regions, birthDates, sequences)
                .as((region, birthDate, sequence) -> aResidentId()
                        .inRegion(region)
                        .bornOn(birthDate)
                        .withSequence(sequence)
                        .build());
    }
}
