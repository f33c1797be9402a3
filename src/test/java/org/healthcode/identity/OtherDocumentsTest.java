package org.healthcode.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthcode.common.RejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OtherDocumentsTest {

    @Test
    void reads_a_foreign_passport_with_its_country_into_a_canonical_form() {
        // when
        PassportNumber passport = PassportNumber.of(" 123456789 ", "gbr");

        // then
        assertThat(passport.country()).isEqualTo("GBR");
        assertThat(passport.canonical()).isEqualTo("PASSPORT:GBR:123456789");
        assertThat(passport.masked()).isEqualTo("1*******9");
        assertThat(passport.toString()).isEqualTo("PASSPORT:GBR:1*******9");
    }

    @ParameterizedTest
    @CsvSource({"e12345678, E12345678", "G12345678, G12345678", "EA1234567, EA1234567"})
    void accepts_chinese_ordinary_passports(String input, String expected) {
        assertThat(PassportNumber.of(input, "CHN").number()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "AB12345, DEU",
        "123456, USA",
        "C01X00T47, DEU",
        "X1234567, TWN",
    })
    void accepts_passports_of_other_countries_with_six_to_nine_letters_and_digits(String input, String country) {
        assertThat(PassportNumber.of(input, country).number()).isEqualTo(input);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "1234567890", "ABCDEFGH", "AB-12345", "ÄB123456", "AB_12345"})
    void refuses_passport_numbers_of_the_wrong_shape(String input) {
        assertRejected(
                () -> PassportNumber.of(input, "GBR"), IdentityErrorCode.PASSPORT_NUMBER_FORMAT, "documentNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"D1234567", "123456789", "E1234567", "EA12345678", "K12345678"})
    void refuses_chinese_passports_that_are_not_ordinary_ones(String input) {
        assertRejected(
                () -> PassportNumber.of(input, "CHN"), IdentityErrorCode.PASSPORT_NUMBER_FORMAT, "documentNumber");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"GB", "UK", "XXX", "ZZZ", "GBRR"})
    void refuses_a_passport_without_a_real_iso_alpha_3_country(String country) {
        assertRejected(
                () -> PassportNumber.of("123456789", country),
                IdentityErrorCode.PASSPORT_COUNTRY_UNKNOWN,
                "issuingCountry");
    }

    @ParameterizedTest
    @CsvSource({"H12345678, H12345678", "m12345678, M12345678", "H1234567801, H1234567801", "H 1234 5678, H12345678"})
    void accepts_hong_kong_and_macao_permits_in_the_current_and_the_older_form(String input, String expected) {
        HongKongMacauPermit permit = HongKongMacauPermit.of(input);

        assertThat(permit.number()).isEqualTo(expected);
        assertThat(permit.canonical()).isEqualTo("HK_MACAU_PERMIT:" + expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"C12345678", "H1234567", "H123456789", "H123456780123", "12345678", "HH2345678"})
    void refuses_hong_kong_and_macao_permits_of_the_wrong_shape(String input) {
        assertRejected(() -> HongKongMacauPermit.of(input), IdentityErrorCode.HK_MACAU_PERMIT_FORMAT, "documentNumber");
    }

    @Test
    void accepts_a_taiwan_permit_of_eight_digits() {
        TaiwanPermit permit = TaiwanPermit.of("1234 5678");

        assertThat(permit.canonical()).isEqualTo("TAIWAN_PERMIT:12345678");
        assertThat(permit.masked()).isEqualTo("1******8");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567", "123456789", "T1234567", "1234567A"})
    void refuses_taiwan_permits_of_the_wrong_shape(String input) {
        assertRejected(() -> TaiwanPermit.of(input), IdentityErrorCode.TAIWAN_PERMIT_FORMAT, "documentNumber");
    }

    static void assertRejected(Runnable action, IdentityErrorCode expected, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RejectedException.class, rejected -> {
            assertThat(rejected.errorCode()).isEqualTo(expected);
            assertThat(rejected.field()).contains(field);
        });
    }
}
