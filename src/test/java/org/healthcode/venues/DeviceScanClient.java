package org.healthcode.venues;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scanning device as the tests see it: it signs its requests by the scheme of docs/venues.md, written out here
 * independently of the server's code so that a change of the scheme breaks the tests.
 */
final class DeviceScanClient {

    static final String PATH = "/api/devices/scans";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private final String base;
    private final String deviceId;
    private final byte[] key;
    private final HttpClient http = HttpClient.newHttpClient();

    DeviceScanClient(int port, String deviceId, String secret) {
        this.base = "http://127.0.0.1:" + port;
        this.deviceId = deviceId;
        this.key = Base64.getUrlDecoder().decode(secret);
    }

    /** One signed request, ready to send (and to send again, for a replay). */
    record Signed(String deviceId, long timestamp, String nonce, String signature, byte[] body) {

        Signed withBody(byte[] other) {
            return new Signed(deviceId, timestamp, nonce, signature, other);
        }
    }

    /** What the server answered. */
    record Answer(int status, JsonNode json) {

        String code() {
            return json == null || json.get("code") == null
                    ? null
                    : json.get("code").asString();
        }
    }

    /** Signs a JSON body at this instant with a fresh nonce. */
    Signed sign(Object body, Instant at) {
        return sign(JSON.writeValueAsBytes(body), at);
    }

    /** Signs raw body bytes at this instant with a fresh nonce. */
    Signed sign(byte[] body, Instant at) {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        long timestamp = at.getEpochSecond();
        String text = String.join(
                "\n",
                "HC-DEVICE-HMAC-SHA256",
                deviceId,
                "POST",
                PATH,
                Long.toString(timestamp),
                nonce,
                HEX.formatHex(sha256(body)));
        return new Signed(deviceId, timestamp, nonce, HEX.formatHex(hmac(text)), body);
    }

    Answer send(Signed signed) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header("X-Device-Id", signed.deviceId())
                .header("X-Device-Timestamp", Long.toString(signed.timestamp()))
                .header("X-Device-Nonce", signed.nonce())
                .header("X-Device-Signature", signed.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("request failed", failed);
        }
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(missing);
        }
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
