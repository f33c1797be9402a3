package org.healthcode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetLoaderTest {

    private static final String SOURCE = "rules/310000/v2.yml";
    private static final String VALID = """
            region: "310000"
            version: 2
            effectiveFrom: 2026-05-01T00:00:00Z
            recency:
              countFrom: REPORT
            policies:
              - type: SINGLE_TUBE_POSITIVE
                negativesRequired: 3
                minimumGap: PT48H
              - type: REGULAR_SCREENING
                enabled: false
              - type: MANUAL_DECISION
            """;

    private final RuleSetLoader loader = new RuleSetLoader();

    @Test
    void a_valid_file_gives_its_region_version_start_counting_and_enabled_policies() {
        RuleSet ruleSet = loader.load(SOURCE, stream(VALID));

        assertThat(ruleSet.region()).isEqualTo("310000");
        assertThat(ruleSet.version()).isEqualTo(2);
        assertThat(ruleSet.effectiveFrom()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(ruleSet.countFrom()).isEqualTo(CountFrom.REPORT);
        assertThat(ruleSet.policies())
                .extracting(ColourPolicy::name)
                .containsExactly("single-tube-positive", "manual-decision");
        assertThat(ruleSet.policies().get(0))
                .isEqualTo(new SingleTubePositivePolicy("single-tube-positive", 3, java.time.Duration.ofHours(48)));
    }

    @Test
    void the_shipped_default_rule_set_loads() throws IOException {
        try (InputStream file = getClass().getResourceAsStream("/rules/310000/v1.yml")) {
            RuleSet ruleSet = loader.load("rules/310000/v1.yml", file);

            assertThat(ruleSet.policies()).extracting(ColourPolicy::name).doesNotContain("regular-screening");
            assertThat(ruleSet.policies()).hasSize(8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            region not six digits         | region: "31"                   | region: must be a six-digit
            region not the folder         | region: "110000"               | region: must match the folder
            version missing               | version: x                     | version: must be a whole number
            version not the file name     | version: 3                     | version: must match the file name
            effectiveFrom not an instant  | effectiveFrom: tomorrow        | effectiveFrom: must be an ISO-8601
            countFrom unknown             | countFrom: REPORT\\u0020       | recency.countFrom: must be SAMPLING or REPORT
            """)
    void each_wrong_top_level_field_is_named(String what, String replacement, String problem) {
        String text = switch (what) {
            case "region not six digits", "region not the folder" -> VALID.replace("region: \"310000\"", replacement);
            case "version missing", "version not the file name" -> VALID.replace("version: 2", replacement);
            case "effectiveFrom not an instant" -> VALID.replace("effectiveFrom: 2026-05-01T00:00:00Z", replacement);
            default -> VALID.replace("countFrom: REPORT", "countFrom: LATER");
        };

        assertThatThrownBy(() -> loader.load(SOURCE, stream(text)))
                .isInstanceOf(RuleSetInvalidException.class)
                .hasMessageContaining(SOURCE)
                .hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            - type: SOMETHING_ELSE                                  | policies[0].type: must be one of
            - type: SINGLE_TUBE_POSITIVE\\n    negativesRequired: 0  | policies[0].negativesRequired: must be a whole number from 1 to 10
            - type: SINGLE_TUBE_POSITIVE\\n    minimumGap: a day     | policies[0].minimumGap: must be an ISO-8601 duration
            - type: CLOSE_CONTACT\\n    quarantine: -P1D             | policies[0].quarantine: must be a positive duration
            - type: MIXED_TUBE_POSITIVE\\n    colour: GREEN          | policies[0].colour: must be one of
            - type: DRUG_PURCHASE\\n    drugClasses: [VITAMINS]      | policies[0].drugClasses: must hold only
            - type: RISK_AREA_ARRIVAL\\n    levels: []               | policies[0].levels: must be a non-empty list
            - type: CONFIRMED_CASE\\n    quarantine: P14D            | policies[0].quarantine: is not a parameter of this policy type
            - type: MANUAL_DECISION\\n    enabled: perhaps           | policies[0].enabled: must be true or false
            - type: MANUAL_DECISION\\n  - type: MANUAL_DECISION      | policies[1].name: "manual-decision" is used by another policy
            - type: MANUAL_DECISION\\n    name: Manual Decision      | policies[0].name: must be lower-case
            """)
    void each_wrong_policy_field_is_named(String policy, String problem) {
        String text = VALID.substring(0, VALID.indexOf("policies:")) + "policies:\n  " + policy.replace("\\n", "\n");

        assertThatThrownBy(() -> loader.load(SOURCE, stream(text)))
                .isInstanceOf(RuleSetInvalidException.class)
                .hasMessageContaining(SOURCE)
                .hasMessageContaining(problem);
    }

    @Test
    void every_problem_is_reported_at_once() {
        String text = VALID.replace("version: 2", "version: 0").replace("negativesRequired: 3", "negativesRequired: x");

        assertThatThrownBy(() -> loader.load(SOURCE, stream(text)))
                .isInstanceOfSatisfying(
                        RuleSetInvalidException.class,
                        invalid -> assertThat(invalid.problems()).hasSize(2));
    }

    @Test
    void an_unknown_top_level_field_a_missing_policy_list_and_broken_yaml_are_refused() {
        String unknown = VALID.replace("recency:", "colourBlind: true\nrecency:");
        String noPolicies = VALID.substring(0, VALID.indexOf("policies:"));

        assertThatThrownBy(() -> loader.load(SOURCE, stream(unknown)))
                .hasMessageContaining("colourBlind: is not a field");
        assertThatThrownBy(() -> loader.load(SOURCE, stream(noPolicies)))
                .hasMessageContaining("policies: must be a non-empty list");
        assertThatThrownBy(() -> loader.load(SOURCE, stream("region: ["))).hasMessageContaining("is not valid YAML");
    }

    @Test
    void a_file_in_the_wrong_place_is_refused() {
        assertThatThrownBy(() -> loader.load("rules/default.yml", stream(VALID)))
                .hasMessageContaining("must be named rules/<region>/v<version>.yml");
    }

    @Test
    void the_rule_set_in_force_is_the_highest_version_activated_and_already_effective() {
        RuleSet first = loader.load(
                "rules/310000/v1.yml",
                stream(VALID.replace("version: 2", "version: 1").replace("2026-05-01", "2026-01-01")));
        RuleSet second = loader.load(SOURCE, stream(VALID));
        RuleSets ruleSets = new RuleSets(List.of(second, first), "310000");

        assertThat(ruleSets.inForce("310000", Instant.parse("2026-05-02T00:00:00Z")))
                .contains(first);
        ruleSets.activated("310000", 2, Instant.parse("2026-04-15T00:00:00Z"));
        assertThat(ruleSets.inForce("310000", Instant.parse("2026-04-30T00:00:00Z")))
                .contains(first);
        assertThat(ruleSets.inForce("310000", Instant.parse("2026-05-01T00:00:00Z")))
                .contains(second);
        assertThat(ruleSets.inForce("310000", Instant.parse("2025-12-31T00:00:00Z")))
                .isEmpty();
        assertThatThrownBy(() -> new RuleSets(List.of(first), "110000")).hasMessageContaining("110000");
        assertThatThrownBy(() -> new RuleSets(List.of(first, first), "310000")).hasMessageContaining("version 1");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
