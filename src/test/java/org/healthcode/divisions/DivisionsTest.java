package org.healthcode.divisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthcode.common.RejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionsTest {

    private static final Divisions DIVISIONS = new Divisions();

    @Test
    void finds_a_district_of_a_municipality_by_its_code_and_leaves_the_placeholder_out_of_its_full_name() {
        // when
        Division dongcheng = DIVISIONS.find("110101").orElseThrow();

        // then
        assertThat(dongcheng.name()).isEqualTo("东城区");
        assertThat(dongcheng.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(dongcheng.parentCode()).contains("110100");
        assertThat(dongcheng.fullName()).isEqualTo("北京市 东城区");
    }

    @Test
    void names_pudong_with_its_municipality() {
        assertThat(DIVISIONS.find("310115"))
                .get()
                .extracting(Division::name, Division::fullName)
                .containsExactly("浦东新区", "上海市 浦东新区");
    }

    @Test
    void names_a_county_of_an_ordinary_province_with_province_and_city() {
        assertThat(DIVISIONS.find("130102"))
                .get()
                .extracting(Division::fullName)
                .isEqualTo("河北省 石家庄市 长安区");
    }

    @Test
    void accepts_city_codes_padded_with_two_zeros_and_province_codes_padded_with_four() {
        assertThat(DIVISIONS.find("130100")).get().extracting(Division::level).isEqualTo(DivisionLevel.CITY);
        assertThat(DIVISIONS.find("310000")).get().extracting(Division::level).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(DIVISIONS.find("310000").orElseThrow().parentCode()).isEmpty();
    }

    @Test
    void marks_the_districts_grouping_of_a_municipality_as_placeholder() {
        assertThat(DIVISIONS.find("310100").orElseThrow().placeholder()).isTrue();
        assertThat(DIVISIONS.find("130100").orElseThrow().placeholder()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "110199", "110000 ", "1101", "", "abcdef", "310100x"})
    void does_not_find_codes_that_name_no_division(String code) {
        assertThat(DIVISIONS.find(code)).isEmpty();
        assertThat(DIVISIONS.exists(code)).isFalse();
    }

    @Test
    void treats_a_missing_code_as_not_found() {
        assertThat(DIVISIONS.find(null)).isEmpty();
    }

    @Test
    void lists_the_children_of_a_division_in_list_order() {
        assertThat(DIVISIONS.children("110100")).extracting(Division::code).startsWith("110101", "110102");
        assertThat(DIVISIONS.children("110000")).extracting(Division::code).containsExactly("110100");
        assertThat(DIVISIONS.children("110101")).isEmpty();
        assertThat(DIVISIONS.children("999999")).isEmpty();
    }

    @Test
    void lists_all_thirty_one_provincial_divisions_of_the_mainland_and_the_ones_the_list_adds() {
        assertThat(DIVISIONS.provinces()).hasSize(31).extracting(Division::name).contains("北京市", "新疆维吾尔自治区");
    }

    @Test
    void refuses_a_well_formed_code_that_names_no_division() {
        assertThatThrownBy(() -> DIVISIONS.require(DivisionCode.of("999999")))
                .isInstanceOfSatisfying(RejectedException.class, rejected -> {
                    assertThat(rejected.errorCode()).isEqualTo(DivisionErrorCode.DIVISION_UNKNOWN);
                    assertThat(rejected.field()).contains("divisionCode");
                });
    }

    @Test
    void keeps_a_city_without_counties_at_city_level() {
        assertThat(DIVISIONS.find("441900"))
                .get()
                .extracting(Division::level, Division::fullName)
                .containsExactly(DivisionLevel.CITY, "广东省 东莞市");
    }

    @Test
    void names_a_county_governed_directly_by_its_province_without_the_grouping() {
        assertThat(DIVISIONS.find("419001"))
                .get()
                .extracting(Division::fullName)
                .isEqualTo("河南省 济源市");
    }
}
