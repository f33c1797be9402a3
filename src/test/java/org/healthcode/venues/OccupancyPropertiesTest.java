package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Occupancy settings that make no sense stop the server with the key to fix; levels follow the shares. */
class OccupancyPropertiesTest {

    private static final OccupancyProperties DEFAULTS =
            new OccupancyProperties(Duration.ofHours(1), 0.8, 1.0, Duration.ofSeconds(15));

    @Test
    void a_busy_share_above_the_full_share_is_refused_with_the_key_named() {
        assertThatThrownBy(() -> new OccupancyProperties(Duration.ofHours(1), 1.2, 1.0, Duration.ofSeconds(15)))
                .hasMessageContaining("healthcode.occupancy.busy-share");
    }

    @Test
    void a_default_stay_longer_than_the_lookback_or_not_positive_is_refused() {
        assertThatThrownBy(() -> new OccupancyProperties(Duration.ofHours(25), 0.8, 1.0, Duration.ofSeconds(15)))
                .hasMessageContaining("healthcode.occupancy.default-stay");
        assertThatThrownBy(() -> new OccupancyProperties(Duration.ZERO, 0.8, 1.0, Duration.ofSeconds(15)))
                .hasMessageContaining("healthcode.occupancy.default-stay");
    }

    @Test
    void levels_follow_the_shares_of_capacity_and_a_venue_without_capacity_is_never_crowded() {
        assertThat(CrowdingLevel.of(79, 100, DEFAULTS)).isEqualTo(CrowdingLevel.NORMAL);
        assertThat(CrowdingLevel.of(80, 100, DEFAULTS)).isEqualTo(CrowdingLevel.BUSY);
        assertThat(CrowdingLevel.of(100, 100, DEFAULTS)).isEqualTo(CrowdingLevel.FULL);
        assertThat(CrowdingLevel.of(250, 100, DEFAULTS)).isEqualTo(CrowdingLevel.FULL);
        assertThat(CrowdingLevel.of(1_000_000, null, DEFAULTS)).isEqualTo(CrowdingLevel.NORMAL);
        assertThat(CrowdingLevel.FULL.isAbove(CrowdingLevel.BUSY)).isTrue();
        assertThat(CrowdingLevel.NORMAL.isAbove(CrowdingLevel.BUSY)).isFalse();
    }
}
