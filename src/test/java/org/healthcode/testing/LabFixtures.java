package org.healthcode.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.healthcode.testing.SyntheticPeople.Person;

/**
 * Sampling and lab steps through the real API: register people, open a tube at a site, bind them and seal it; create
 * a lab with a member and upload CSV files as multipart forms.
 */
public final class LabFixtures {

    private static final AtomicLong BARCODES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final ApiClient anyClient;
    private final Journeys journeys;
    private final ApiClient sampler;
    private final String siteId;

    public LabFixtures(ApiClient anyClient, Journeys journeys) {
        this.anyClient = anyClient;
        this.journeys = journeys;
        this.sampler = journeys.staff(anyClient.copy(), "SAMPLER");
        ApiClient.Response site = sampler.post("/api/sampling/sites", Map.of("name", "Site " + UUID.randomUUID()));
        assertThat(site.status()).as(site.body()).isEqualTo(201);
        this.siteId = site.json().get("id").asString();
    }

    /** A registered person and their resident id. */
    public record Resident(Person person, UUID id) {}

    public ApiClient sampler() {
        return sampler;
    }

    public String siteId() {
        return siteId;
    }

    /** A barcode no test has used: "T" and 11 digits. */
    public static String newBarcode() {
        return "T%011d".formatted(BARCODES.incrementAndGet());
    }

    public Resident register() {
        Person person = SyntheticPeople.aPerson();
        return new Resident(person, journeys.register(anyClient.copy(), person));
    }

    public List<Resident> register(int count) {
        List<Resident> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(register());
        }
        return people;
    }

    public ApiClient.Response open(String barcode, String kind, Integer poolSize) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("barcode", barcode);
        body.put("kind", kind);
        body.put("siteId", siteId);
        if (poolSize != null) {
            body.put("poolSize", poolSize);
        }
        return sampler.post("/api/sampling/tubes", body);
    }

    public ApiClient.Response bind(String barcode, Person person) {
        return sampler.post(
                "/api/sampling/tubes/" + barcode + "/members",
                Map.of("documentType", "RESIDENT_ID_CARD", "documentNumber", person.idNumber()));
    }

    public ApiClient.Response seal(String barcode) {
        return sampler.post("/api/sampling/tubes/" + barcode + "/seal", Map.of());
    }

    /** Opens a tube of the kind that fits, binds these people and seals it (unless it sealed itself). */
    public String sealedTube(List<Resident> members) {
        String barcode = newBarcode();
        boolean single = members.size() == 1;
        ApiClient.Response opened = open(barcode, single ? "SINGLE" : "MIXED", single ? null : poolSizeFor(members));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        ApiClient.Response last = null;
        for (Resident member : members) {
            last = bind(barcode, member.person());
            assertThat(last.status()).as(last.body()).isEqualTo(200);
        }
        if (!last.json().get("sealed").asBoolean()) {
            assertThat(seal(barcode).status()).isEqualTo(200);
        }
        return barcode;
    }

    private static int poolSizeFor(List<Resident> members) {
        return members.size() <= 5 ? 5 : members.size() <= 10 ? 10 : 20;
    }

    /** A new lab with one member of staff; returns the lab's code and a client logged in as that member. */
    public record Lab(String code, ApiClient staff) {}

    public Lab lab() {
        ApiClient admin = anyClient.copy().asStaff("admin", "test-admin-password-1");
        String code = "LAB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        assertThat(admin.post("/api/admin/labs", Map.of("code", code, "name", "Test lab " + code))
                        .status())
                .isEqualTo(201);
        Journeys.StaffLogin login = journeys.staffLogin(anyClient, "LAB");
        ApiClient.Response member =
                admin.post("/api/admin/labs/" + code + "/members", Map.of("username", login.username()));
        assertThat(member.status()).as(member.body()).isEqualTo(204);
        return new Lab(code, anyClient.copy().asStaff(login.username(), login.password()));
    }

    /** Uploads a CSV file as a browser form would; {@code charset} may be null to let the server detect it. */
    public static ApiClient.Response uploadCsv(ApiClient lab, byte[] file, String charset) {
        String boundary = "----healthcode" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"results.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n");
        if (charset != null) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"charset\"\r\n\r\n" + charset
                            + "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return lab.postRaw("/api/lab/results/csv", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
