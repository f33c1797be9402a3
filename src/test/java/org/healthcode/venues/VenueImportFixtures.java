package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.Journeys;

/** District offices with assigned divisions, and import files sent as multipart forms through the real API. */
final class VenueImportFixtures {

    static final String HEADER = "category,name,district,address,latitude,longitude,capacity\n";

    private final ApiClient anyClient;
    private final Journeys journeys;

    VenueImportFixtures(ApiClient anyClient, Journeys journeys) {
        this.anyClient = anyClient;
        this.journeys = journeys;
    }

    /** A staff account and a client acting as it. */
    record Uploader(String username, ApiClient client) {}

    /** A new district office account assigned these divisions. */
    Uploader office(String... divisions) {
        Journeys.StaffLogin login = journeys.staffLogin(anyClient, "DISTRICT_OFFICE");
        if (divisions.length > 0) {
            ApiClient.Response assigned = admin().put(
                            "/api/admin/district-offices/" + login.username() + "/divisions",
                            Map.of("divisions", List.of(divisions)));
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        }
        return new Uploader(login.username(), anyClient.copy().asStaff(login.username(), login.password()));
    }

    ApiClient admin() {
        return anyClient.copy().asStaff("admin", "test-admin-password-1");
    }

    static ApiClient.Response upload(ApiClient uploader, byte[] file, String filename, Map<String, String> fields) {
        String boundary = "----venueimport" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n");
        fields.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(body, "--" + boundary + "--\r\n");
        return uploader.postRaw("/api/venue-import", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    static ApiClient.Response uploadCsv(ApiClient uploader, String csv) {
        return upload(uploader, csv.getBytes(StandardCharsets.UTF_8), "venues.csv", Map.of());
    }

    /** An .xlsx workbook whose first sheet holds these rows, the first being the header. */
    static byte[] workbook(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("场所");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** The row numbers and codes a report lists, as "row:code". */
    static List<String> listed(ApiClient.Response report) {
        return report.json()
                .get("rows")
                .valueStream()
                .map(line -> line.get("row").asLong() + ":" + line.get("code").asString())
                .toList();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
