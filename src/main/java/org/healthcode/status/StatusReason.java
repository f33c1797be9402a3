package org.healthcode.status;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a person's status is what it is, and what the person can do about it. Both are message keys so that screens
 * show them in the reader's language; {@code arguments} fill their placeholders in the order given ({0}, {1}, ...)
 * and never hold personal data. An argument named {@code category} is shown as its category text, one whose name ends
 * in {@code At} or is {@code by} is an ISO-8601 instant shown as a local date and time.
 *
 * @param code stable reason code, for example {@code declaration-under-review}
 * @param nextStep stable code of the step that restores green, for example {@code wait-for-review}
 */
public record StatusReason(String code, String nextStep, Map<String, String> arguments) {

    /** Keeps the arguments in the order given, since messages refer to them by position. */
    public StatusReason {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    public static StatusReason of(String code, String nextStep) {
        return new StatusReason(code, nextStep, Map.of());
    }

    /** This reason with one more argument, placed after the others. */
    public StatusReason with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(arguments);
        more.put(name, String.valueOf(value));
        return new StatusReason(code, nextStep, more);
    }
}
