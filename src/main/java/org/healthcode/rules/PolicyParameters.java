package org.healthcode.rules;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthcode.status.Colour;
import tools.jackson.databind.JsonNode;

/**
 * The typed parameters of one policy entry in a rule-set file. Each reader falls back to the documented default when
 * the field is absent and notes a problem, naming the field, when it is present but wrong.
 */
final class PolicyParameters {

    private final JsonNode node;
    private final String path;
    private final List<String> problems;
    private final Set<String> read = new HashSet<>(Set.of("type", "name", "enabled"));

    PolicyParameters(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** A whole number between {@code min} and {@code max}. */
    int count(String field, int fallback, int min, int max) {
        JsonNode value = field(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            problem(field, "must be a whole number from " + min + " to " + max);
            return fallback;
        }
        return value.asInt();
    }

    /** A positive ISO-8601 duration such as {@code PT24H} or {@code P14D}. */
    Duration duration(String field, Duration fallback) {
        JsonNode value = field(field);
        if (value == null) {
            return fallback;
        }
        try {
            Duration duration = Duration.parse(value.asString());
            if (duration.isNegative() || duration.isZero()) {
                problem(field, "must be a positive duration");
                return fallback;
            }
            return duration;
        } catch (DateTimeParseException | UnsupportedOperationException notADuration) {
            problem(field, "must be an ISO-8601 duration such as PT24H or P14D");
            return fallback;
        }
    }

    /** One of the allowed colours. */
    Colour colour(String field, Colour fallback, Set<Colour> allowed) {
        return one(field, Colour.class, fallback, allowed);
    }

    /** A non-empty list of enum values. */
    <E extends Enum<E>> Set<E> values(String field, Class<E> type, Set<E> fallback) {
        JsonNode value = field(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isArray() || value.isEmpty()) {
            problem(field, "must be a non-empty list of " + names(EnumSet.allOf(type)));
            return fallback;
        }
        Set<E> values = EnumSet.noneOf(type);
        for (JsonNode element : value) {
            parse(element, type, EnumSet.allOf(type))
                    .ifPresentOrElse(values::add, () -> problem(field, "must hold only " + names(EnumSet.allOf(type))));
        }
        return values;
    }

    /** Notes every field the policy type does not know; call after reading all parameters. */
    void refuseUnknownFields() {
        for (String field : node.propertyNames()) {
            if (!read.contains(field)) {
                problem(field, "is not a parameter of this policy type");
            }
        }
    }

    private <E extends Enum<E>> E one(String field, Class<E> type, E fallback, Set<E> allowed) {
        JsonNode value = field(field);
        if (value == null) {
            return fallback;
        }
        return parse(value, type, allowed).orElseGet(() -> {
            problem(field, "must be one of " + names(allowed));
            return fallback;
        });
    }

    private static <E extends Enum<E>> Optional<E> parse(JsonNode value, Class<E> type, Set<E> allowed) {
        if (!value.isString()) {
            return Optional.empty();
        }
        return allowed.stream()
                .filter(candidate -> candidate.name().equals(value.asString()))
                .findFirst();
    }

    private JsonNode field(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private void problem(String field, String text) {
        problems.add(path + "." + field + ": " + text);
    }

    private static String names(Set<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(value.name()));
        return String.join(", ", names);
    }
}
