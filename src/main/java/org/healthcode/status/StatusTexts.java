package org.healthcode.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns reason and next-step codes into sentences in the reader's language. */
@Component
public class StatusTexts {

    private static final ZoneId LOCAL_TIME = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        return reason.arguments().entrySet().stream()
                .map(argument -> shown(argument, locale))
                .toArray();
    }

    private Object shown(Map.Entry<String, String> argument, Locale locale) {
        String name = argument.getKey();
        String value = argument.getValue();
        if (name.equals("category")) {
            return messages.getMessage("category." + value, null, value, locale);
        }
        if (name.endsWith("At") || name.equals("by")) {
            return WHEN.format(Instant.parse(value).atZone(LOCAL_TIME));
        }
        return value;
    }
}
