package org.healthcode.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.login.CodeSender;
import org.healthcode.login.DevOutbox;
import org.healthcode.testing.SyntheticPeople.Person;

/** Steps that many tests share: log a person in through the real API, register them. Imported by IntegrationTest. */
public class Journeys {

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
