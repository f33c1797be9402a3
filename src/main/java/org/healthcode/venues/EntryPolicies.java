package org.healthcode.venues;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The entry policies of every region, read from {@code classpath:entry-policies/<region>.yml} and validated at
 * start-up: a file with any problem stops the server with the file, field and what to fix. A venue follows the file of
 * its province ({@code 310000} for a venue in {@code 310115}), or {@code default.yml} when its province has none.
 */
@Component
public class EntryPolicies {

    private static final String FILES = "classpath*:entry-policies/*.yml";
    private static final String DEFAULT_REGION = "default";
    private static final Set<String> TOP_LEVEL = Set.of("region", "others", "categories");
    private static final Set<String> POLICY_FIELDS = Set.of("negativeTestWithinHours", "estimatedStayMinutes");
    private static final Set<Integer> TEST_WINDOWS = Set.of(24, 48, 72);

    private final Map<String, Map<VenueCategory, EntryPolicy>> byRegion = new HashMap<>();

    EntryPolicies() {
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(FILES)) {
                try (InputStream content = file.getInputStream()) {
                    load(file.getFilename(), content);
                }
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException(
                    "Cannot read the entry policies under classpath:entry-policies/", unreadable);
        }
        if (!byRegion.containsKey(DEFAULT_REGION)) {
            throw new IllegalStateException("entry-policies/default.yml is missing: venues of other regions need it");
        }
    }

    /** The policy at the door of this venue. */
    public EntryPolicy of(Venue venue) {
        Map<VenueCategory, EntryPolicy> region =
                byRegion.getOrDefault(venue.division().provincePart() + "0000", byRegion.get(DEFAULT_REGION));
        return region.get(venue.category());
    }

    /** Reads and checks one file; {@code fileName} is {@code <region>.yml}. */
    void load(String fileName, InputStream content) {
        List<String> problems = new ArrayList<>();
        JsonNode root = read(content, problems);
        String region = root == null ? "" : region(root, fileName, problems);
        Map<VenueCategory, EntryPolicy> policies = root == null ? Map.of() : policies(root, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Invalid entry policies in entry-policies/" + fileName + ": " + String.join("; ", problems));
        }
        byRegion.put(region, policies);
    }

    private static JsonNode read(InputStream content, List<String> problems) {
        try {
            JsonNode root = YAMLMapper.builder().build().readTree(content);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JacksonException unreadable) {
            problems.add("(file): is not valid YAML");
            return null;
        }
        problems.add("(file): must be a mapping with region, others and categories");
        return null;
    }

    private static String region(JsonNode root, String fileName, List<String> problems) {
        for (String field : root.propertyNames()) {
            if (!TOP_LEVEL.contains(field)) {
                problems.add(field + ": is not a field of entry policies (region, others, categories)");
            }
        }
        JsonNode region = root.get("region");
        String expected = fileName == null ? "" : fileName.replaceFirst("\\.yml$", "");
        if (region == null || !region.isString() || !region.asString().equals(expected)) {
            problems.add("region: must be \"" + expected + "\", the file's name");
            return expected;
        }
        if (!region.asString().equals(DEFAULT_REGION) && !region.asString().matches("\\d{2}0000")) {
            problems.add("region: must be a province code such as \"310000\" or \"default\"");
        }
        return region.asString();
    }

    private static Map<VenueCategory, EntryPolicy> policies(JsonNode root, List<String> problems) {
        EntryPolicy others = Optional.ofNullable(root.get("others"))
                .map(node -> policy("others", node, problems))
                .orElse(EntryPolicy.GREEN_ONLY);
        Map<VenueCategory, EntryPolicy> policies = new EnumMap<>(VenueCategory.class);
        for (VenueCategory category : VenueCategory.values()) {
            policies.put(category, others);
        }
        JsonNode categories = root.get("categories");
        if (categories == null) {
            return policies;
        }
        if (!categories.isObject()) {
            problems.add("categories: must map venue categories to policies");
            return policies;
        }
        for (String name : categories.propertyNames()) {
            category(name, problems)
                    .ifPresent(category ->
                            policies.put(category, policy("categories." + name, categories.get(name), problems)));
        }
        return policies;
    }

    private static Optional<VenueCategory> category(String name, List<String> problems) {
        try {
            return Optional.of(VenueCategory.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            problems.add("categories." + name + ": is not a venue category");
            return Optional.empty();
        }
    }

    private static EntryPolicy policy(String path, JsonNode node, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be a mapping");
            return EntryPolicy.GREEN_ONLY;
        }
        for (String field : node.propertyNames()) {
            if (!POLICY_FIELDS.contains(field)) {
                problems.add(path + "." + field + ": is not a policy field (negativeTestWithinHours, "
                        + "estimatedStayMinutes)");
            }
        }
        Optional<Integer> hours = number(node, "negativeTestWithinHours");
        if (hours.isPresent() && !TEST_WINDOWS.contains(hours.get())) {
            problems.add(path + ".negativeTestWithinHours: must be 24, 48 or 72");
        }
        Optional<Integer> stay = number(node, "estimatedStayMinutes");
        if (stay.isPresent() && (stay.get() < 1 || stay.get() > 24 * 60)) {
            problems.add(path + ".estimatedStayMinutes: must be between 1 and 1440");
        }
        return new EntryPolicy(hours, stay);
    }

    private static Optional<Integer> number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value.canConvertToInt() && value.isIntegralNumber() ? value.asInt() : -1);
    }
}
