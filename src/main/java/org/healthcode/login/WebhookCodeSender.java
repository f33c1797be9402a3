package org.healthcode.login;

import java.net.URI;
import java.util.Map;
import org.healthcode.identity.PhoneNumber;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Hands codes to an SMS gateway by posting {@code {"phone": "+86…", "code": "123456"}} as JSON to a configured
 * address. The gateway is operated by the deployment; its address is configuration.
 */
class WebhookCodeSender implements CodeSender {

    private final RestClient gateway;
    private final URI address;

    WebhookCodeSender(RestClient gateway, URI address) {
        this.gateway = gateway;
        this.address = address;
    }

    @Override
    public void send(PhoneNumber phone, String code) {
        gateway.post()
                .uri(address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("phone", phone.canonical(), "code", code))
                .retrieve()
                .toBodilessEntity();
    }
}
