package org.healthcode.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.login.CodeSender;
import org.healthcode.login.DevOutbox;
import org.healthcode.testing.SyntheticPeople.Person;
import tools.jackson.databind.JsonNode;

/** Steps that many tests share: log a person in through the real API, register them. Imported by IntegrationTest. */
public class Journeys {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final DevOutbox outbox;

    Journeys(CodeSender sender) {
        this.outbox = (DevOutbox) sender;
    }

    /** The newest code the development outbox holds for this phone. */
    public String lastCodeFor(String phone) {
        String masked = PhoneNumber.of(phone).masked();
        return outbox.messages().stream()
                .filter(message -> message.maskedPhone().equals(masked))
                .findFirst()
                .orElseThrow()
                .code();
    }

    /** Requests a code and logs in with it; the client then holds the session. */
    public ApiClient.Response logIn(ApiClient client, Person person) {
        assertThat(client.post("/api/login/code", Map.of("phone", person.phone()))
                        .status())
                .isEqualTo(202);
        return client.post("/api/login", Map.of("phone", person.phone(), "code", lastCodeFor(person.phone())));
    }

    /** Logs in and registers; returns the new resident's id. */
    public UUID register(ApiClient client, Person person) {
        logIn(client, person);
        ApiClient.Response registered = client.post("/api/residents", person.registration());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return UUID.fromString(registered.json().get("id").asString());
    }

    /** A staff member's username and initial password, for logging in through the browser's form. */
    public record StaffLogin(String username, String password) {}

    /** Has the administrator create a staff account with this role; {@code fresh} then acts as that account. */
    public ApiClient staff(ApiClient fresh, String role) {
        StaffLogin login = staffLogin(fresh, role);
        return fresh.asStaff(login.username(), login.password());
    }

    /** Logs in through the staff login form, as a browser does; the client then holds the staff session. */
    public ApiClient.Response formLogIn(ApiClient client, StaffLogin login) {
        String form = "username=" + encode(login.username()) + "&password=" + encode(login.password()) + "&_csrf="
                + encode(csrfToken(client, "/staff/login"));
        ApiClient.Response loggedIn = client.postRaw(
                "/staff/login", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
        assertThat(loggedIn.status())
                .as("form login redirects to the staff page")
                .isEqualTo(302);
        return loggedIn;
    }

    /** The CSRF token of a page's forms, for posting them as the browser would. */
    public String csrfToken(ApiClient client, String page) {
        Matcher token = CSRF_FIELD.matcher(client.get(page).body());
        assertThat(token.find()).as("a CSRF field on " + page).isTrue();
        return token.group(1);
    }

    /** The administrator's API view of an account, found by username. */
    public UUID accountId(ApiClient anyClient, String username) {
        ApiClient admin = anyClient.copy().asStaff("admin", "test-admin-password-1");
        for (JsonNode account : admin.get("/api/admin/accounts").json()) {
            if (account.get("username").asString().equals(username)) {
                return UUID.fromString(account.get("id").asString());
            }
        }
        throw new AssertionError("no account " + username);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Has the administrator create a staff account with this role and returns how to log in as it. */
    public StaffLogin staffLogin(ApiClient anyClient, String role) {
        ApiClient admin = anyClient.copy().asStaff("admin", "test-admin-password-1");
        String username = role.toLowerCase(java.util.Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = admin.post(
                "/api/admin/accounts",
                Map.of("username", username, "displayName", "Test " + role, "roles", java.util.List.of(role)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new StaffLogin(username, created.json().get("initialPassword").asString());
    }
}
