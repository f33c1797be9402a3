package org.healthcode.status;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns reason and next-step codes into sentences in the reader's language. */
@Component
public class StatusTexts {

    private final MessageSource messages;

    StatusTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(StatusReason reason, Locale locale) {
        return messages.getMessage("reason." + reason.code(), arguments(reason, locale), reason.code(), locale);
    }

    public String nextStep(StatusReason reason, Locale locale) {
        return messages.getMessage("step." + reason.nextStep(), arguments(reason, locale), reason.nextStep(), locale);
    }

    private Object[] arguments(StatusReason reason, Locale locale) {
        String category = reason.arguments().get("category");
        if (category == null) {
            return new Object[0];
        }
        return new Object[] {messages.getMessage("category." + category, null, category, locale)};
    }
}
