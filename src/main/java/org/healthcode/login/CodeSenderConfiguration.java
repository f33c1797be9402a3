package org.healthcode.login;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Chooses the code sender from configuration and refuses the development outbox in production. */
@Configuration(proxyBeanMethods = false)
class CodeSenderConfiguration {

    private static final Duration GATEWAY_TIMEOUT = Duration.ofSeconds(5);

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
                yield new WebhookCodeSender(gatewayClient(), settings.webhookUrl());
            }
        };
    }

    /** A client that gives up quickly: a hanging gateway must not hang logins. */
    private static RestClient gatewayClient() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(GATEWAY_TIMEOUT).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(GATEWAY_TIMEOUT);
        return RestClient.builder().requestFactory(requests).build();
    }
}
