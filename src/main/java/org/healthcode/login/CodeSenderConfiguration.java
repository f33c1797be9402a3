package org.healthcode.login;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.client.RestClient;

/** Chooses the code sender from configuration and refuses the development outbox in production. */
@Configuration(proxyBeanMethods = false)
class CodeSenderConfiguration {

    @Bean
    CodeSender codeSender(LoginProperties settings, Environment environment, Clock clock) {
        return switch (settings.sender()) {
            case DEV_OUTBOX -> {
                if (environment.acceptsProfiles(Profiles.of("prod"))) {
                    throw new IllegalStateException(
                            "healthcode.login.sender=dev-outbox is not allowed in the prod profile:"
                                    + " set healthcode.login.sender=webhook and healthcode.login.webhook-url");
                }
                yield new DevOutbox(clock);
            }
            case WEBHOOK -> {
                if (settings.webhookUrl() == null) {
                    throw new IllegalStateException(
                            "healthcode.login.sender=webhook needs healthcode.login.webhook-url");
                }
                yield new WebhookCodeSender(RestClient.create(), settings.webhookUrl());
            }
        };
    }
}
