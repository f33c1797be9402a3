package org.healthcode.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.identity.SyntheticResidentId.aResidentId;
import static org.healthcode.identity.TestClocks.FIXED;
import static org.healthcode.identity.TestClocks.TODAY;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.healthcode.common.RejectedException;
import org.healthcode.divisions.Divisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResidentIdNumberTest {

    static final Divisions DIVISIONS = new Divisions();

    @Test
    void reads_a_valid_number_with_its_birth_date_region_and_sex() {
        // given
        String input = aResidentId()
                .inRegion("310115")
                .bornOn(LocalDate.of(1985, 12, 31))
                .withSequence(471)
                .build();

        // when
        ResidentIdNumber id = ResidentIdNumber.of(input, DIVISIONS, FIXED);

        // then
        assertThat(id.number()).isEqualTo(input);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 12, 31));
        assertThat(id.regionCode()).isEqualTo("310115");
        assertThat(id.sex()).isEqualTo(Sex.MALE);
        assertThat(id.type()).isEqualTo(DocumentType.RESIDENT_ID_CARD);
        assertThat(id.canonical()).isEqualTo("RESIDENT_ID_CARD:" + input);
    }

    @Test
    void reads_an_even_seventeenth_digit_as_female() {
        String input = aResidentId().withSequence(482).build();

        assertThat(ResidentIdNumber.of(input, DIVISIONS, FIXED).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void accepts_a_lower_case_x_and_spaces_and_keeps_the_upper_case_form() {
        // given
        String upper = aResidentId().withCheckCharacter('X').build();
        String typed = " " + upper.substring(0, 6) + " " + upper.substring(6).toLowerCase() + " ";

        // when
        ResidentIdNumber id = ResidentIdNumber.of(typed, DIVISIONS, FIXED);

        // then
        assertThat(id.number()).isEqualTo(upper).endsWith("X");
    }

    @Test
    void shows_only_the_first_and_last_character_when_masked_or_printed() {
        String input = aResidentId().build();

        ResidentIdNumber id = ResidentIdNumber.of(input, DIVISIONS, FIXED);

        assertThat(id.masked()).isEqualTo("1" + "*".repeat(16) + input.charAt(17));
        assertThat(id.toString()).doesNotContain(input.substring(1, 17));
    }

    @Test
    void accepts_a_resident_born_today_and_one_born_on_the_first_day_of_1900() {
        assertThat(ResidentIdNumber.of(aResidentId().bornOn(TODAY).build(), DIVISIONS, FIXED)
                        .birthDate())
                .isEqualTo(TODAY);
        assertThat(ResidentIdNumber.of(
                                aResidentId().bornOn(LocalDate.of(1900, 1, 1)).build(), DIVISIONS, FIXED)
                        .birthDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }

    static Stream<Arguments> refusedNumbers() {
        String valid = aResidentId().build();
        char wrongCheck = valid.charAt(17) == '0' ? '1' : '0';
        return Stream.of(
                Arguments.of(null, IdentityErrorCode.ID_NUMBER_FORMAT),
                Arguments.of("", IdentityErrorCode.ID_NUMBER_FORMAT),
                Arguments.of(valid.substring(0, 17), IdentityErrorCode.ID_NUMBER_FORMAT),
                Arguments.of(valid + "1", IdentityErrorCode.ID_NUMBER_FORMAT),
                Arguments.of(valid.substring(0, 15), IdentityErrorCode.ID_NUMBER_FORMAT),
                Arguments.of(valid.substring(0, 17) + "Y", IdentityErrorCode.ID_NUMBER_FORMAT),
                Arguments.of("X" + valid.substring(1), IdentityErrorCode.ID_NUMBER_FORMAT),
                Arguments.of("１" + valid.substring(1), IdentityErrorCode.ID_NUMBER_FORMAT),
                Arguments.of(valid.substring(0, 17) + wrongCheck, IdentityErrorCode.ID_NUMBER_CHECK_CHARACTER),
                Arguments.of(
                        SyntheticResidentId.withCheckCharacter("11010119900230123"),
                        IdentityErrorCode.ID_NUMBER_BIRTH_DATE),
                Arguments.of(
                        SyntheticResidentId.withCheckCharacter("11010119901301123"),
                        IdentityErrorCode.ID_NUMBER_BIRTH_DATE),
                Arguments.of(
                        SyntheticResidentId.withCheckCharacter("11010120230229123"),
                        IdentityErrorCode.ID_NUMBER_BIRTH_DATE),
                Arguments.of(
                        aResidentId().bornOn(LocalDate.of(1899, 12, 31)).build(),
                        IdentityErrorCode.ID_NUMBER_BIRTH_DATE),
                Arguments.of(
                        aResidentId().bornOn(TODAY.plusDays(1)).build(), IdentityErrorCode.ID_NUMBER_BIRTH_DATE_FUTURE),
                Arguments.of(aResidentId().inRegion("999999").build(), IdentityErrorCode.ID_NUMBER_REGION_UNKNOWN),
                Arguments.of(aResidentId().inRegion("110199").build(), IdentityErrorCode.ID_NUMBER_REGION_UNKNOWN));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("refusedNumbers")
    void refuses_a_number_with_a_code_that_says_which_rule_it_broke(String input, IdentityErrorCode expected) {
        assertThatThrownBy(() -> ResidentIdNumber.of(input, DIVISIONS, FIXED))
                .isInstanceOfSatisfying(RejectedException.class, rejected -> {
                    assertThat(rejected.errorCode()).isEqualTo(expected);
                    assertThat(rejected.field()).contains("documentNumber");
                    assertThat(rejected.getMessage()).isEqualTo(expected.code());
                });
    }

    @Test
    void computes_the_check_character_of_the_iso_7064_mod_11_2_example_of_the_standard() {
        // the worked example of GB 11643-1999 uses a made-up number
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void treats_the_same_number_typed_differently_as_equal() {
        String upper = aResidentId().withCheckCharacter('X').build();

        assertThat(ResidentIdNumber.of(upper.toLowerCase(), DIVISIONS, FIXED))
                .isEqualTo(ResidentIdNumber.of(upper, DIVISIONS, FIXED))
                .hasSameHashCodeAs(ResidentIdNumber.of(upper, DIVISIONS, FIXED));
    }
}
