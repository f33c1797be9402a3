package org.healthcode.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every kind of bad input gets its own stable code, and nothing is written half-way. */
class LoginAndBadInputTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_wrong_code_is_refused_and_five_wrong_codes_kill_the_code() {
        Person person = aPerson();
        ApiClient resident = client();
        resident.post("/api/login/code", Map.of("phone", person.phone()));
        String right = journeys.lastCodeFor(person.phone());
        String wrong = right.equals("000000") ? "111111" : "000000";

        ApiClient.Response first = resident.post("/api/login", Map.of("phone", person.phone(), "code", wrong));
        for (int attempt = 2; attempt <= 5; attempt++) {
            resident.post("/api/login", Map.of("phone", person.phone(), "code", wrong));
        }
        ApiClient.Response rightButTooLate =
                resident.post("/api/login", Map.of("phone", person.phone(), "code", right));

        assertThat(first.status()).isEqualTo(401);
        assertThat(first.code()).isEqualTo("login-code-wrong");
        assertThat(rightButTooLate.code()).isEqualTo("login-code-attempts-exhausted");
        assertThat(resident.get("/api/me").code()).isEqualTo("unauthenticated");
    }

    @Test
    void a_code_expires_and_a_used_code_cannot_be_used_again() {
        Person person = aPerson();
        ApiClient resident = client();
        resident.post("/api/login/code", Map.of("phone", person.phone()));
        String code = journeys.lastCodeFor(person.phone());

        clock.advance(Duration.ofMinutes(6));
        ApiClient.Response expired = resident.post("/api/login", Map.of("phone", person.phone(), "code", code));
        clock.advance(Duration.ofMinutes(1));
        ApiClient.Response loggedIn = journeys.logIn(resident, person);
        ApiClient.Response reused = client().post(
                        "/api/login", Map.of("phone", person.phone(), "code", journeys.lastCodeFor(person.phone())));

        assertThat(expired.code()).isEqualTo("login-code-expired");
        assertThat(loggedIn.status()).isEqualTo(200);
        assertThat(reused.code()).isEqualTo("login-code-expired");
    }

    @Test
    void codes_for_one_phone_are_throttled_until_time_passes() {
        Person person = aPerson();
        ApiClient resident = client();

        ApiClient.Response first = resident.post("/api/login/code", Map.of("phone", person.phone()));
        ApiClient.Response tooSoon = resident.post("/api/login/code", Map.of("phone", person.phone()));
        clock.advance(Duration.ofSeconds(61));
        ApiClient.Response later = resident.post("/api/login/code", Map.of("phone", person.phone()));

        assertThat(first.status()).isEqualTo(202);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.code()).isEqualTo("login-code-requests-throttled");
        assertThat(later.status()).isEqualTo(202);
    }

    @ParameterizedTest
    @MethodSource("badPhones")
    void a_malformed_phone_number_is_refused_with_phone_format(String phone) {
        ApiClient.Response refused = client().post("/api/login/code", Map.of("phone", phone));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("phone-format");
        assertThat(refused.json().get("field").asString()).isEqualTo("phone");
    }

    static Stream<String> badPhones() {
        return Stream.of("12345", "1381234567a", "23812345678", "+4420 7946 0958", "138123456789");
    }

    @ParameterizedTest
    @MethodSource("badDocuments")
    void an_impossible_id_number_is_refused_with_its_specific_code_and_nothing_is_stored(
            String number, String expectedCode) {
        // given
        Person person = aPerson();
        ApiClient resident = client();
        journeys.logIn(resident, person);
        Map<String, Object> registration = new HashMap<>(person.registration());
        registration.put("documentNumber", number);
        long residentsBefore = residentCount();

        // when
        ApiClient.Response refused = resident.post("/api/residents", registration);

        // then
        assertThat(refused.code()).isEqualTo(expectedCode);
        assertThat(refused.status()).isBetween(400, 422);
        assertThat(refused.body()).doesNotContain(number);
        assertThat(residentCount()).isEqualTo(residentsBefore);
    }

    static Stream<Arguments> badDocuments() {
        String valid = aPerson().idNumber();
        char wrongCheck = valid.charAt(17) == '1' ? '2' : '1';
        String unknownRegion = "990101" + valid.substring(6, 17);
        String future = "310115" + "20990101" + "123";
        return Stream.of(
                Arguments.of(valid.substring(0, 17) + wrongCheck, "id-number-check-character"),
                Arguments.of(withCheck(unknownRegion), "id-number-region-unknown"),
                Arguments.of(withCheck(future), "id-number-birth-date-future"),
                Arguments.of(withCheck("310115" + "19900231" + "123"), "id-number-birth-date"),
                Arguments.of("31011519900101", "id-number-format"));
    }

    @Test
    void other_bad_registration_fields_are_refused_field_by_field() {
        Person person = aPerson();
        ApiClient resident = client();
        journeys.logIn(resident, person);

        assertThat(registerWith(resident, person, "name", "<script>").code()).isEqualTo("name-format");
        assertThat(registerWith(resident, person, "homeDivision", "999999").code())
                .isEqualTo("division-unknown");
        assertThat(registerWith(resident, person, "homeDivision", "31A115").code())
                .isEqualTo("division-code-malformed");
        assertThat(registerWith(resident, person, "documentType", "DRIVING_LICENCE")
                        .code())
                .isEqualTo("malformed-request");
        assertThat(registerWith(resident, person, "address", "").code()).isEqualTo("invalid-field");
    }

    @Test
    void malformed_oversized_and_unauthenticated_requests_get_problem_details() {
        ApiClient anonymous = client();
        byte[] huge = ("{\"phone\":\"" + "1".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        ApiClient.Response malformed = anonymous.postRaw(
                "/api/login/code", "application/json", "{\"phone\":".getBytes(StandardCharsets.UTF_8));
        ApiClient.Response oversized = anonymous.postRaw("/api/login/code", "application/json", huge);
        ApiClient.Response wrongType =
                anonymous.postRaw("/api/login/code", "text/plain", "phone=1".getBytes(StandardCharsets.UTF_8));
        ApiClient.Response unauthenticated = anonymous.get("/api/me");
        ApiClient.Response notAuditor =
                anonymous.asStaff("admin", "wrong-password").get("/api/reviews");

        assertThat(malformed.code()).isEqualTo("malformed-request");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.code()).isEqualTo("request-too-large");
        assertThat(wrongType.code()).as(wrongType.status() + wrongType.body()).isEqualTo("unsupported-media-type");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.code()).isEqualTo("unauthenticated");
        assertThat(notAuditor.status()).isEqualTo(401);
        assertThat(malformed.json().get("type").asString()).isEqualTo("urn:healthcode:problem:malformed-request");
    }

    @Test
    void text_with_a_nul_byte_that_no_field_check_catches_is_a_malformed_request_and_stores_nothing() {
        ApiClient admin = client().asStaff("admin", "test-admin-password-1");
        ApiClient sampler = journeys.staff(client(), "SAMPLER");

        ApiClient.Response lab = admin.post("/api/admin/labs", Map.of("code", "NUL-LAB", "name", "Lab\u0000One"));
        ApiClient.Response site = sampler.post("/api/sampling/sites", Map.of("name", "Site\u0000One"));

        assertThat(lab.status()).as(lab.body()).isEqualTo(400);
        assertThat(lab.code()).isEqualTo("malformed-request");
        assertThat(lab.body()).doesNotContain("incident");
        assertThat(site.code()).as(site.body()).isEqualTo("malformed-request");
        assertThat(jdbc.sql("select count(*) from lab where code = 'NUL-LAB'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_resident_cannot_reach_the_auditors_api() {
        ApiClient resident = client();
        journeys.register(resident, aPerson());

        ApiClient.Response forbidden = resident.get("/api/reviews");

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("forbidden");
    }

    private static ApiClient.Response registerWith(ApiClient resident, Person person, String field, String value) {
        Map<String, Object> registration = new HashMap<>(person.registration());
        registration.put(field, value);
        return resident.post("/api/residents", registration);
    }

    private long residentCount() {
        return jdbc.sql("select count(*) from resident").query(Long.class).single();
    }

    private static String withCheck(String first17) {
        return first17 + org.healthcode.identity.ResidentIdNumber.checkCharacter(first17);
    }
}
