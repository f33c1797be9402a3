package org.healthcode.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every reason and next step the colour rules produce reads as a full sentence, arguments filled, in both languages. */
class StatusTextsTest {

    private static final Instant APRIL_14_NOON_IN_SHANGHAI = Instant.parse("2026-04-14T04:00:00Z");

    static Stream<StatusReason> reasons() {
        return Stream.of(
                StatusReason.of("single-tube-positive", "negative-single-tube-tests")
                        .with("remaining", 2)
                        .with("gapHours", 24)
                        .with("nextFromAt", APRIL_14_NOON_IN_SHANGHAI),
                StatusReason.of("mixed-tube-positive", "take-single-tube-test"),
                StatusReason.of("invalid-result", "retest"),
                StatusReason.of("confirmed-case", "follow-medical-care"),
                StatusReason.of("discharged-under-observation", "wait-until")
                        .with("untilAt", APRIL_14_NOON_IN_SHANGHAI),
                StatusReason.of("close-contact", "quarantine-until").with("untilAt", APRIL_14_NOON_IN_SHANGHAI),
                StatusReason.of("close-contact", "test-after-quarantine").with("fromAt", APRIL_14_NOON_IN_SHANGHAI),
                StatusReason.of("risk-area-arrival", "daily-negative-tests")
                        .with("remaining", 2)
                        .with("by", APRIL_14_NOON_IN_SHANGHAI),
                StatusReason.of("drug-purchase", "test-before").with("byAt", APRIL_14_NOON_IN_SHANGHAI),
                StatusReason.of("drug-purchase-untested", "take-test"),
                StatusReason.of("screening-overdue", "take-test").with("days", 7),
                StatusReason.of("manual-decision", "contact-community").with("category", "ISOLATION_ORDERED"));
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void each_reason_and_step_is_a_sentence_with_its_arguments_filled_in(StatusReason reason) {
        StatusTexts texts = new StatusTexts(bundles());

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String why = texts.reason(reason, locale);
            String step = texts.nextStep(reason, locale);

            assertThat(why).isNotEqualTo(reason.code()).doesNotContain("{");
            assertThat(step).isNotEqualTo(reason.nextStep()).doesNotContain("{");
            if (reason.arguments().containsValue(APRIL_14_NOON_IN_SHANGHAI.toString())) {
                assertThat(step).contains("2026-04-14 12:00");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void the_english_step_names_the_numbers(StatusReason reason) {
        String step = new StatusTexts(bundles()).nextStep(reason, Locale.ENGLISH);

        if (reason.arguments().containsKey("remaining")) {
            assertThat(step).contains("2 more");
        }
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/status", "messages/declarations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
