package org.healthcode.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every region's rule sets, read from {@code classpath:rules/<region>/v<N>.yml} and validated at start-up: one bad
 * file, two files with the same version, or no rule set for the issuing region stops the server. A region's lowest
 * version is in force from its {@code effectiveFrom}; a later version also needs an activation (see
 * {@link RuleSetActivation}), which is read from the database at start-up.
 */
@Component
public class RuleSets {

    private static final String FILES = "classpath*:rules/*/v*.yml";

    private final Map<String, List<RuleSet>> byRegion;
    private final Map<String, Instant> activations = new ConcurrentHashMap<>();
    private final String issuingRegion;

    @Autowired
    RuleSets(@Value("${healthcode.codes.issuing-region:310000}") String issuingRegion, RuleSetActivations activations) {
        this(readAll(), issuingRegion);
        activations
                .all()
                .forEach(activation -> activated(activation.region(), activation.version(), activation.activatedAt()));
    }

    RuleSets(List<RuleSet> ruleSets, String issuingRegion) {
        this.byRegion = byRegion(ruleSets);
        this.issuingRegion = issuingRegion;
        if (!byRegion.containsKey(issuingRegion)) {
            throw new IllegalStateException("No rule set for the issuing region " + issuingRegion + ": add rules/"
                    + issuingRegion + "/v1.yml or change healthcode.codes.issuing-region");
        }
    }

    /** The region whose rules apply to residents: for now the issuing region of this server. */
    public String regionOfResidents() {
        return issuingRegion;
    }

    /** The rule set of {@code region} in force at {@code at}: the highest version effective and activated by then. */
    public Optional<RuleSet> inForce(String region, Instant at) {
        return versions(region).stream()
                .filter(ruleSet -> !ruleSet.effectiveFrom().isAfter(at))
                .filter(ruleSet -> activeAt(ruleSet, at))
                .max(Comparator.comparingInt(RuleSet::version));
    }

    /** One version of a region's rules. */
    public Optional<RuleSet> version(String region, int version) {
        return versions(region).stream()
                .filter(ruleSet -> ruleSet.version() == version)
                .findFirst();
    }

    /** Whether the version needs no activation (it is its region's first) or was activated. */
    public boolean activated(RuleSet ruleSet) {
        return activeAt(ruleSet, Instant.MAX);
    }

    /** Notes that a version was activated at {@code at}. */
    void activated(String region, int version, Instant at) {
        activations.put(region + "/" + version, at);
    }

    private boolean activeAt(RuleSet ruleSet, Instant at) {
        if (versions(ruleSet.region()).get(0).version() == ruleSet.version()) {
            return true;
        }
        Instant activatedAt = activations.get(ruleSet.region() + "/" + ruleSet.version());
        return activatedAt != null && !activatedAt.isAfter(at);
    }

    /** All versions of a region, oldest first. */
    public List<RuleSet> versions(String region) {
        return byRegion.getOrDefault(region, List.of());
    }

    private static Map<String, List<RuleSet>> byRegion(List<RuleSet> ruleSets) {
        Map<String, List<RuleSet>> regions = new HashMap<>();
        for (RuleSet ruleSet : ruleSets) {
            List<RuleSet> versions = regions.computeIfAbsent(ruleSet.region(), region -> new ArrayList<>());
            if (versions.stream().anyMatch(other -> other.version() == ruleSet.version())) {
                throw new IllegalStateException(
                        "Two rule sets for region " + ruleSet.region() + " have version " + ruleSet.version());
            }
            versions.add(ruleSet);
        }
        regions.values().forEach(versions -> versions.sort(Comparator.comparingInt(RuleSet::version)));
        return regions;
    }

    private static List<RuleSet> readAll() {
        RuleSetLoader loader = new RuleSetLoader();
        List<RuleSet> ruleSets = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(FILES)) {
                try (InputStream content = file.getInputStream()) {
                    ruleSets.add(loader.load(file.getURL().toString(), content));
                }
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read the rule sets under classpath:rules/", unreadable);
        }
        return ruleSets;
    }
}
