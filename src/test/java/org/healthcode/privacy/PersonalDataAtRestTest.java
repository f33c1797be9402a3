package org.healthcode.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.testing.SyntheticPeople.aPerson;
import static org.healthcode.testing.SyntheticPeople.feverDeclaration;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.SyntheticPeople.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** No clear ID number, phone number or name is stored in any table or written to the log during a registration. */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registration_and_declaration_leave_no_clear_identifier_in_any_table_or_in_the_log(CapturedOutput log) {
        // given
        Person person = aPerson();
        ApiClient resident = client();

        // when
        journeys.register(resident, person);
        resident.put("/api/me/declaration", feverDeclaration());
        resident.get("/api/me");

        // then
        List<String> secrets = List.of(person.idNumber(), person.phone(), "+86" + person.phone(), person.name());
        String everyRow = allRowsAsText();
        assertThat(jdbc.sql("select count(*) from resident").query(Long.class).single())
                .isPositive();
        for (String secret : secrets) {
            assertThat(everyRow).doesNotContain(secret).doesNotContain(hexOf(secret));
            assertThat(log.getAll()).doesNotContain(secret);
        }
    }

    /** Every row of every table in the public schema, cast to text; bytea columns appear as hex. */
    private String allRowsAsText() {
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                .query(String.class)
                .list();
        assertThat(tables).contains("resident", "declaration", "fact", "login_code", "review_case");
        StringBuilder text = new StringBuilder();
        for (String table : tables) {
            jdbc.sql("select t::text from \"" + table + "\" t")
                    .query(String.class)
                    .list()
                    .forEach(row -> text.append(row).append('\n'));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String hexOf(String secret) {
        return HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
    }
}
