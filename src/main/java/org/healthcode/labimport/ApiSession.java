package org.healthcode.labimport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client session against the server, as a browser or a lab system holds it: its own cookie jar and, for a lab
 * system, the {@code X-Lab-Key} header. Staff log in through the staff login form, so the password is checked once
 * per session, not on every request.
 */
final class ApiSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI server;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String labKey;

    ApiSession(URI server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** One answer: the status and the body, read as JSON when it is JSON. */
    record Reply(int status, String body, String location) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String problemCode() {
            try {
                JsonNode code = json().get("code");
                return code == null ? "" : code.asString();
            } catch (RuntimeException notJson) {
                return "";
            }
        }

        Reply expect(int expected, String what) {
            if (status != expected) {
                throw new ImportFailedException(what + " answered " + status + " " + problemCode());
            }
            return this;
        }
    }

    /** Logs in through the staff form; fails with a clear message when the username or password is wrong. */
    ApiSession logInAsStaff(String username, String password) {
        Matcher token = CSRF_FIELD.matcher(get("/staff/login", "text/html").body());
        if (!token.find()) {
            throw new ImportFailedException("the staff login page has no form token: is " + server + " our server?");
        }
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        Reply loggedIn = send(request("/staff/login", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (loggedIn.status() != 302 || loggedIn.location().contains("error")) {
            throw new ImportFailedException("staff login as " + username + " failed: check the username and password");
        }
        return this;
    }

    /** Drops the session cookie, so the next request starts a new session on the same connections. */
    ApiSession forgetCookies() {
        cookies.getCookieStore().removeAll();
        return this;
    }

    /** Sends {@code X-Lab-Key} with every request from now on. */
    ApiSession withLabKey(String key) {
        this.labKey = key;
        return this;
    }

    Reply get(String path) {
        return get(path, "application/json");
    }

    Reply get(String path, String accept) {
        return send(request(path, accept).GET());
    }

    Reply post(String path, Object body) {
        return send(json(request(path, "application/json"), body).POST(publisher(body)));
    }

    Reply put(String path, Object body) {
        return send(json(request(path, "application/json"), body).PUT(publisher(body)));
    }

    /** A DELETE; it declares a JSON body, as the server asks of state-changing API calls made with a session. */
    Reply delete(String path) {
        return send(request(path, "application/json")
                .header("Content-Type", "application/json")
                .DELETE());
    }

    /** Posts one file as {@code multipart/form-data} field {@code file}. */
    Reply postFile(String path, String fileName, byte[] content) {
        String boundary = "healthcode-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head),
                HttpRequest.BodyPublishers.ofByteArray(content),
                HttpRequest.BodyPublishers.ofString(tail));
        return send(request(path, "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body));
    }

    private HttpRequest.Builder request(String path, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(path))
                .timeout(Duration.ofMinutes(5))
                .header("Accept", accept)
                .header("Accept-Language", "en");
        if (labKey != null) {
            builder.header("X-Lab-Key", labKey);
        }
        return builder;
    }

    private static HttpRequest.Builder json(HttpRequest.Builder builder, Object body) {
        return builder.header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    private Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException failed) {
            throw new ImportFailedException("cannot reach " + server + ": is the server running?", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ImportFailedException("interrupted", interrupted);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
