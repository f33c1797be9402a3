package org.healthcode.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.identity.SyntheticResidentId.aResidentId;
import static org.healthcode.identity.TestClocks.FIXED;
import static org.healthcode.identity.TestClocks.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.Division;
import org.healthcode.divisions.DivisionLevel;
import org.healthcode.divisions.Divisions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of resident ID numbers over many generated synthetic numbers. The generator is seeded, so a failure
 * names a case that repeats on every run.
 */
class ResidentIdNumberPropertyTest {

    private static final Divisions DIVISIONS = new Divisions();
    private static final List<String> COUNTY_CODES = DIVISIONS.provinces().stream()
            .flatMap(province -> DIVISIONS.children(province.code()).stream())
            .flatMap(city -> DIVISIONS.children(city.code()).stream())
            .filter(division -> division.level() == DivisionLevel.COUNTY)
            .map(Division::code)
            .toList();
    private static final int CASES = 1_000;

    @ParameterizedTest
    @MethodSource("validNumbers")
    void any_synthetic_number_with_an_existing_region_and_a_past_birth_date_is_accepted(String number) {
        ResidentIdNumber id = ResidentIdNumber.of(number, DIVISIONS, FIXED);

        assertThat(id.number()).isEqualTo(number);
        assertThat(id.regionCode()).isEqualTo(number.substring(0, 6));
    }

    @ParameterizedTest
    @MethodSource("singleDigitTypos")
    void changing_any_one_of_the_first_seventeen_digits_is_refused(String number, int position, int shift) {
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

    static Stream<String> validNumbers() {
        Random random = new Random(20261203L);
        return Stream.generate(() -> randomNumber(random)).limit(CASES);
    }

    static Stream<Arguments> singleDigitTypos() {
        Random random = new Random(11643L);
        return Stream.generate(() -> Arguments.of(randomNumber(random), random.nextInt(17), 1 + random.nextInt(9)))
                .limit(CASES);
    }

    private static String randomNumber(Random random) {
        long days = TODAY.toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay();
        return aResidentId()
                .inRegion(COUNTY_CODES.get(random.nextInt(COUNTY_CODES.size())))
                .bornOn(TODAY.minusDays(random.nextLong(days + 1)))
                .withSequence(random.nextInt(1000))
                .build();
    }
}
