package org.healthcode.divisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthcode.common.RejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @Test
    void reads_six_digits_and_ignores_surrounding_whitespace() {
        DivisionCode code = DivisionCode.of(" 310115 ");

        assertThat(code.value()).isEqualTo("310115");
        assertThat(code.provincePart()).isEqualTo("31");
        assertThat(code.cityPart()).isEqualTo("3101");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"31011", "3101150", "31O115", "３１０１１５", "310 115", "-31011"})
    void refuses_anything_but_six_ascii_digits(String input) {
        assertThatThrownBy(() -> DivisionCode.of(input)).isInstanceOfSatisfying(RejectedException.class, rejected -> {
            assertThat(rejected.errorCode()).isEqualTo(DivisionErrorCode.DIVISION_CODE_MALFORMED);
            assertThat(rejected.getMessage()).isEqualTo("division-code-malformed");
        });
    }
}
