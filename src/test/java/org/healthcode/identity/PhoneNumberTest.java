package org.healthcode.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.identity.OtherDocumentsTest.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+8613812345678", "+86 138 1234 5678", "138-1234-5678", " 138 1234-5678 "})
    void reads_a_mainland_mobile_number_however_it_is_spaced_into_e164(String input) {
        PhoneNumber phone = PhoneNumber.of(input);

        assertThat(phone.canonical()).isEqualTo("+8613812345678");
        assertThat(phone.national()).isEqualTo("13812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15012345678", "16612345678", "17712345678", "18612345678", "19912345678"})
    void accepts_mobile_ranges_from_13_to_19(String input) {
        assertThat(PhoneNumber.of(input).national()).isEqualTo(input);
    }

    @Test
    void shows_the_first_three_and_last_four_digits_when_masked_or_printed() {
        PhoneNumber phone = PhoneNumber.of("13812345678");

        assertThat(phone.masked()).isEqualTo("138****5678");
        assertThat(phone).hasToString("138****5678");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "1381234567",
                "138123456789",
                "12812345678",
                "1O812345678",
                "02112345678",
                "+85291234567",
                "+1 415 555 0100",
                "0086 13812345678",
                "(138) 1234 5678",
                "138.1234.5678",
                "1-800-FLOWERS"
            })
    void refuses_anything_but_a_mainland_mobile_number(String input) {
        assertRejected(() -> PhoneNumber.of(input), IdentityErrorCode.PHONE_FORMAT, "phone");
    }

    @Test
    void treats_the_same_number_typed_differently_as_equal() {
        assertThat(PhoneNumber.of("+86 138 1234 5678")).isEqualTo(PhoneNumber.of("13812345678"));
    }
}
