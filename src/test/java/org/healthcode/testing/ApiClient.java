package org.healthcode.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client with its own cookie jar, so each instance is one browser-like session. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String basicAuth;

    ApiClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** One response: status, raw body and the body read as JSON (null if it is not JSON). */
    public record Response(int status, String body, JsonNode json) {

        public String code() {
            return json == null || json.get("code") == null
                    ? null
                    : json.get("code").asString();
        }
    }

    /** A new session against the same server, with its own cookie jar and no credentials. */
    public ApiClient copy() {
        return new ApiClient(base);
    }

    public ApiClient asStaff(String username, String password) {
        this.basicAuth = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Sends this header with every request, replacing a default of the same name (such as {@code Accept}). */
    public ApiClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET that asks for another representation than JSON, such as {@code text/plain}. */
    public Response get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** The raw bytes of a GET, for images; fails unless the answer is 200. */
    public byte[] getBytes(String path) {
        HttpRequest request = request(path).setHeader("Accept", "*/*").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("request failed: " + request.uri(), failed);
        }
    }

    public Response post(String path, Object body) {
        return send(request(path).POST(json(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).PUT(json(body)));
    }

    public Response delete(String path) {
        return send(request(path).header("Content-Type", "application/json").DELETE());
    }

    /** Posts JSON with extra request headers, such as a lab system's API key. */
    public Response postWithHeader(String path, String header, String value, Object body) {
        return send(request(path).header(header, value).POST(json(body)));
    }

    /** Sends a raw body with a chosen content type, for malformed and oversized requests. */
    public Response postRaw(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (basicAuth != null) {
            builder.header("Authorization", basicAuth);
        }
        headers.forEach(builder::setHeader);
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(
                body instanceof String text ? text : JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        if (request.bodyPublisher().isPresent()
                && request.headers().firstValue("Content-Type").isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Content-Type", "application/json")
                    .build();
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), parse(response.body()));
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("request failed: " + request.uri(), failed);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
