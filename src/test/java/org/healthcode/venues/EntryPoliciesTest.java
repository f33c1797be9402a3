package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.healthcode.divisions.DivisionCode;
import org.healthcode.status.AuditState;
import org.healthcode.status.Colour;
import org.healthcode.status.HealthStatus;
import org.healthcode.status.TestRecency;
import org.junit.jupiter.api.Test;

/** The shipped entry policies decide as documented, and a bad policy file stops the start with what to fix. */
class EntryPoliciesTest {

    private final EntryPolicies policies = new EntryPolicies();

    @Test
    void public_transport_in_shanghai_asks_for_green_and_a_negative_test_within_72_hours() {
        EntryPolicy transport = policies.of(venue(VenueCategory.PUBLIC_TRANSPORT, "310115"));

        assertThat(transport.decide(status(Colour.GREEN, 72)))
                .isEqualTo(EntryDecision.allow("green-and-negative-test"));
        assertThat(transport.decide(status(Colour.GREEN, 24)).allowed()).isTrue();
        assertThat(transport.decide(status(Colour.GREEN, null)))
                .isEqualTo(EntryDecision.deny("negative-test-required"));
        assertThat(transport.decide(status(Colour.RED, 24))).isEqualTo(EntryDecision.deny("colour-not-green"));
        assertThat(transport.estimatedStayMinutes()).contains(30);
    }

    @Test
    void a_school_asks_for_48_hours_and_a_supermarket_only_for_green() {
        EntryPolicy school = policies.of(venue(VenueCategory.SCHOOL, "310101"));
        EntryPolicy supermarket = policies.of(venue(VenueCategory.SUPERMARKET_OR_MALL, "310101"));

        assertThat(school.decide(status(Colour.GREEN, 72)).reason()).isEqualTo("negative-test-required");
        assertThat(school.decide(status(Colour.GREEN, 48)).allowed()).isTrue();
        assertThat(supermarket.decide(status(Colour.GREEN, null))).isEqualTo(EntryDecision.allow("green"));
        assertThat(supermarket.decide(status(Colour.YELLOW, 24)).allowed()).isFalse();
    }

    @Test
    void a_person_without_a_colour_is_denied_and_other_provinces_follow_the_default() {
        EntryPolicy beijingTransport = policies.of(venue(VenueCategory.PUBLIC_TRANSPORT, "110101"));

        assertThat(beijingTransport.decide(status(null, null))).isEqualTo(EntryDecision.deny("no-colour"));
        assertThat(beijingTransport.decide(status(Colour.GREEN, null)).allowed())
                .isTrue();
    }

    @Test
    void a_policy_file_with_unknown_categories_and_bad_windows_is_refused_naming_each_problem() {
        String bad = """
                region: "440000"
                categories:
                  CASINO: {}
                  SCHOOL:
                    negativeTestWithinHours: 36
                    colour: RED
                """;

        assertThatThrownBy(() -> policies.load("440000.yml", stream(bad)))
                .hasMessageContaining("entry-policies/440000.yml")
                .hasMessageContaining("categories.CASINO: is not a venue category")
                .hasMessageContaining("categories.SCHOOL.negativeTestWithinHours: must be 24, 48 or 72")
                .hasMessageContaining("categories.SCHOOL.colour: is not a policy field");
    }

    @Test
    void a_policy_file_whose_region_differs_from_its_name_is_refused() {
        assertThatThrownBy(() -> policies.load("440000.yml", stream("region: \"450000\"\n")))
                .hasMessageContaining("region: must be \"440000\"");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Venue venue(VenueCategory category, String division) {
        return new Venue(
                VenueId.random(),
                category,
                "Test venue",
                new DivisionCode(division),
                "1 Test Road",
                Optional.empty(),
                OptionalInt.empty(),
                UUID.randomUUID(),
                Instant.EPOCH,
                Optional.empty());
    }

    private static HealthStatus status(Colour colour, Integer negativeWithinHours) {
        TestRecency recency =
                new TestRecency(Optional.empty(), Optional.empty(), Optional.ofNullable(negativeWithinHours));
        return new HealthStatus(
                Optional.ofNullable(colour), AuditState.PASSED, List.of(), Instant.EPOCH, recency, Optional.empty());
    }
}
