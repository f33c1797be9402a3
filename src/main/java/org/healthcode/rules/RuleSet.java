package org.healthcode.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One version of a region's colour rules, loaded from {@code rules/<region>/v<version>.yml}.
 *
 * @param region six-digit division code the rules apply to; also the rule set's id
 * @param version increases with every change; recorded with every colour change
 * @param effectiveFrom from when this version is in force (until a later version takes over)
 * @param countFrom where test ages are counted from
 * @param zone the local time zone, for "distinct days" and dates shown to residents
 * @param policies the enabled policies, in file order
 * @param source the file the rule set came from
 */
public record RuleSet(
        String region,
        int version,
        Instant effectiveFrom,
        CountFrom countFrom,
        ZoneId zone,
        List<ColourPolicy> policies,
        String source) {

    public RuleSet {
        policies = List.copyOf(policies);
    }

    /** The id recorded with colour changes: the region code. */
    public String id() {
        return region;
    }
}
