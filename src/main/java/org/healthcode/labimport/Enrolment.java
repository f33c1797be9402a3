package org.healthcode.labimport;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Makes a synthetic subject a registered, declared resident the way a person does it on their phone: request a
 * one-time code, log in with it, register, declare. The code is read where a development server delivers it, the
 * administrators' outbox page ({@code /admin/outbox}); a server that sends real SMS cannot be used. On a later run
 * the subject logs in again and is only declared if they never were.
 */
final class Enrolment {

    private static final Pattern OUTBOX_ROW =
            Pattern.compile("<td class=\"phone\">([^<]+)</td>\\s*<td class=\"code\">([^<]+)</td>");

    private final URI server;
    private final ApiSession admin;

    Enrolment(URI server, ApiSession admin) {
        this.server = server;
        this.admin = admin;
    }

    /** What enrolling one subject did. */
    record Enrolled(String residentId, boolean registered, boolean declared) {}

    /** A client for enrolling subjects one after another; each enrolment starts with a fresh session. */
    ApiSession newClient() {
        return new ApiSession(server);
    }

    /**
     * Enrols one subject with a client of {@link #newClient()}. Calls for subjects whose phones share the masked form
     * must not overlap: the outbox shows masked phones only, and the newest code for a mask is taken.
     */
    Enrolled enrol(SyntheticSubject subject, ApiSession client) {
        ApiSession resident = client.forgetCookies();
        ApiSession.Reply requested = resident.post("/api/login/code", Map.of("phone", subject.phone()));
        if (requested.status() == 429) {
            throw new ImportFailedException("the server refused a login code (" + requested.problemCode()
                    + "): codes per client are limited (start the server with"
                    + " --healthcode.login.codes-per-client-per-hour=100000, see the README) and a phone gets one"
                    + " code a minute (wait a minute before running the import again)");
        }
        requested.expect(202, "requesting a login code");
        boolean known = resident.post("/api/login", Map.of("phone", subject.phone(), "code", codeFor(subject)))
                .expect(200, "logging in")
                .json()
                .get("registered")
                .asBoolean();

        String residentId = known ? existingId(resident) : register(resident, subject);
        boolean declare = !known || notDeclared(resident);
        if (declare) {
            resident.put("/api/me/declaration", SyntheticSubject.cleanDeclaration())
                    .expect(200, "declaring");
        }
        return new Enrolled(residentId, !known, declare);
    }

    private String codeFor(SyntheticSubject subject) {
        Matcher row = OUTBOX_ROW.matcher(admin.get("/admin/outbox", "text/html")
                .expect(200, "reading the development outbox")
                .body());
        while (row.find()) {
            if (row.group(1).strip().equals(subject.maskedPhone())) {
                return row.group(2).strip();
            }
        }
        throw new ImportFailedException(
                "no login code in the development outbox: the server must run with healthcode.login.sender=dev-outbox");
    }

    private static String register(ApiSession resident, SyntheticSubject subject) {
        return resident.post("/api/residents", subject.registration())
                .expect(201, "registering")
                .json()
                .get("id")
                .asString();
    }

    private static String existingId(ApiSession resident) {
        return resident.get("/api/me")
                .expect(200, "reading the resident")
                .json()
                .get("id")
                .asString();
    }

    private static boolean notDeclared(ApiSession resident) {
        JsonNode reasons = resident.get("/api/me/status")
                .expect(200, "reading the status")
                .json()
                .get("reasons");
        for (JsonNode reason : reasons) {
            if (reason.get("code").asString().equals("not-declared")) {
                return true;
            }
        }
        return false;
    }
}
