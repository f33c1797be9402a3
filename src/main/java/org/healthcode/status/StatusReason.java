package org.healthcode.status;

import java.util.Map;

/**
 * Why a person's status is what it is, and what the person can do about it. Both are message keys so that screens
 * show them in the reader's language; {@code arguments} fill their placeholders and never hold personal data.
 *
 * @param code stable reason code, for example {@code declaration-under-review}
 * @param nextStep stable code of the step that restores green, for example {@code wait-for-review}
 */
public record StatusReason(String code, String nextStep, Map<String, String> arguments) {

    public static StatusReason of(String code, String nextStep) {
        return new StatusReason(code, nextStep, Map.of());
    }
}
