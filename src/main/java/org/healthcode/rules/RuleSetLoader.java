package org.healthcode.rules;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates one rule-set file ({@code rules/<region>/v<version>.yml}). Every problem is collected, named by
 * its field, and reported together with the file name; a rule set with any problem is refused as a whole.
 */
public final class RuleSetLoader {

    private static final Pattern LOCATION = Pattern.compile("(?:^|.*/)rules/(\\d{6})/v(\\d+)\\.ya?ml$");
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Set<String> TOP_LEVEL =
            Set.of("region", "version", "effectiveFrom", "recency", "zone", "policies");

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    /** Reads the rule set in {@code content}; {@code source} is its path ending in {@code rules/<region>/v<N>.yml}. */
    public RuleSet load(String source, InputStream content) {
        JsonNode root;
        try {
            root = yaml.readTree(content);
        } catch (JacksonException unreadable) {
            throw new RuleSetInvalidException(source, List.of("(file): is not valid YAML"));
        }
        if (root == null || !root.isObject()) {
            throw new RuleSetInvalidException(source, List.of("(file): must be a mapping with region and policies"));
        }

        List<String> problems = new ArrayList<>();
        RuleSet ruleSet = read(source, root, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetInvalidException(source, problems);
        }
        return ruleSet;
    }

    private RuleSet read(String source, JsonNode root, List<String> problems) {
        for (String field : root.propertyNames()) {
            if (!TOP_LEVEL.contains(field)) {
                problems.add(field + ": is not a field of a rule set");
            }
        }
        String region = region(root, problems);
        int version = version(root, problems);
        checkLocation(source, region, version, problems);
        Instant effectiveFrom = effectiveFrom(root, problems);
        CountFrom countFrom = countFrom(root, problems);
        ZoneId zone = zone(root, problems);
        List<ColourPolicy> policies = policies(root, problems);
        return new RuleSet(region, version, effectiveFrom, countFrom, zone, policies, source);
    }

    private static String region(JsonNode root, List<String> problems) {
        JsonNode region = root.get("region");
        if (region == null
                || !region.isValueNode()
                || !REGION.matcher(region.asString()).matches()) {
            problems.add("region: must be a six-digit division code in quotes, such as \"310000\"");
            return "";
        }
        return region.asString();
    }

    private static int version(JsonNode root, List<String> problems) {
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.asLong() < 1) {
            problems.add("version: must be a whole number from 1");
            return 0;
        }
        return version.asInt();
    }

    private static void checkLocation(String source, String region, int version, List<String> problems) {
        Matcher location = LOCATION.matcher(source);
        if (!location.matches()) {
            problems.add("(file): must be named rules/<region>/v<version>.yml");
            return;
        }
        if (!region.isEmpty() && !location.group(1).equals(region)) {
            problems.add("region: must match the folder the file is in (" + location.group(1) + ")");
        }
        if (version > 0 && Integer.parseInt(location.group(2)) != version) {
            problems.add("version: must match the file name (v" + location.group(2) + ")");
        }
    }

    private static Instant effectiveFrom(JsonNode root, List<String> problems) {
        JsonNode value = root.get("effectiveFrom");
        try {
            return Instant.parse(value.asString());
        } catch (NullPointerException | DateTimeException notAnInstant) {
            problems.add("effectiveFrom: must be an ISO-8601 instant such as 2026-04-01T00:00:00Z");
            return Instant.EPOCH;
        }
    }

    private static CountFrom countFrom(JsonNode root, List<String> problems) {
        JsonNode recency = root.get("recency");
        if (recency == null) {
            return CountFrom.SAMPLING;
        }
        JsonNode countFrom = recency.get("countFrom");
        Optional<CountFrom> parsed = Optional.ofNullable(countFrom)
                .filter(JsonNode::isString)
                .flatMap(text -> enumValue(CountFrom.class, text.asString()));
        if (parsed.isEmpty()) {
            problems.add("recency.countFrom: must be SAMPLING or REPORT");
            return CountFrom.SAMPLING;
        }
        return parsed.get();
    }

    private static ZoneId zone(JsonNode root, List<String> problems) {
        JsonNode zone = root.get("zone");
        if (zone == null) {
            return ZoneId.of("Asia/Shanghai");
        }
        try {
            return ZoneId.of(zone.asString());
        } catch (DateTimeException unknown) {
            problems.add("zone: must be a time-zone id such as Asia/Shanghai");
            return ZoneId.of("Asia/Shanghai");
        }
    }

    private static List<ColourPolicy> policies(JsonNode root, List<String> problems) {
        JsonNode entries = root.get("policies");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            problems.add("policies: must be a non-empty list");
            return List.of();
        }
        List<ColourPolicy> policies = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int index = 0; index < entries.size(); index++) {
            String path = "policies[" + index + "]";
            policy(entries.get(index), path, problems).ifPresent(policy -> {
                if (!names.add(policy.name())) {
                    problems.add(path + ".name: \"" + policy.name() + "\" is used by another policy");
                }
                policies.add(policy);
            });
        }
        return policies;
    }

    private static Optional<ColourPolicy> policy(JsonNode entry, String path, List<String> problems) {
        if (!entry.isObject()) {
            problems.add(path + ": must be a mapping with a type");
            return Optional.empty();
        }
        Optional<PolicyType> type = Optional.ofNullable(entry.get("type"))
                .filter(JsonNode::isString)
                .flatMap(text -> enumValue(PolicyType.class, text.asString()));
        if (type.isEmpty()) {
            problems.add(path + ".type: must be one of " + List.of(PolicyType.values()));
            return Optional.empty();
        }

        String name = name(entry, type.get(), path, problems);
        PolicyParameters parameters = new PolicyParameters(entry, path, problems);
        ColourPolicy policy = type.get().read(name, parameters);
        parameters.refuseUnknownFields();
        return enabled(entry, path, problems) ? Optional.of(policy) : Optional.empty();
    }

    private static String name(JsonNode entry, PolicyType type, String path, List<String> problems) {
        JsonNode name = entry.get("name");
        if (name == null) {
            return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (!name.isString() || !name.asString().matches("[a-z][a-z0-9-]{0,62}")) {
            problems.add(path + ".name: must be lower-case letters, digits and hyphens");
        }
        return name.asString();
    }

    private static boolean enabled(JsonNode entry, String path, List<String> problems) {
        JsonNode enabled = entry.get("enabled");
        if (enabled == null) {
            return true;
        }
        if (!enabled.isBoolean()) {
            problems.add(path + ".enabled: must be true or false");
            return true;
        }
        return enabled.asBoolean();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
