package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real input: three of Shanghai's 2022 daily bulletins (2022-03-19, 2022-03-20 and 2022-05-31, see NOTICE) are
 * converted to an import file and imported by a Shanghai district office. They mention 734 compounds, 681 of them
 * distinct; 219 are in 浦东新区.
 */
class VenueImportShanghaiBulletinsTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temporary;

    @Test
    void the_converter_finds_each_distinct_compound_of_the_bulletins_once() throws Exception {
        VenueImportShanghaiBulletins.Conversion conversion = VenueImportShanghaiBulletins.convert(bulletins());

        assertThat(conversion.files()).isEqualTo(3);
        assertThat(conversion.mentions()).isEqualTo(734);
        assertThat(conversion.distinctAsWritten()).isEqualTo(681);
        assertThat(conversion.compounds()).hasSize(681).doesNotHaveDuplicates();
        assertThat(conversion.compounds())
                .filteredOn(compound -> compound.district().equals("浦东新区"))
                .hasSize(219);
        assertThat(conversion.compounds().get(0))
                .isEqualTo(new VenueImportShanghaiBulletins.Compound("浦东新区", "利津路1313弄"));
    }

    @Test
    void a_shanghai_office_imports_the_converted_bulletins_once_and_again_changes_nothing() throws Exception {
        // given the converted file and an office for all of Shanghai
        Path csv = temporary.resolve("shanghai.csv");
        VenueImportShanghaiBulletins.write(VenueImportShanghaiBulletins.convert(bulletins()), csv);
        VenueImportFixtures.Uploader office = new VenueImportFixtures(client(), journeys).office("310000");

        // when it imports the file twice
        ApiClient.Response first = upload(office, csv);
        ApiClient.Response second = upload(office, csv);

        // then every compound became one residential community in its district, and the second import only reports
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("rowsRead").asLong()).isEqualTo(681);
        assertThat(first.json().get("registered").asLong()).isEqualTo(681);
        assertThat(first.json().get("refused").asLong()).isZero();
        assertThat(second.json().get("registered").asLong()).isZero();
        assertThat(second.json().get("unchanged").asLong()).isEqualTo(681);
        assertThat(second.json().get("rows")).hasSize(681);
        assertThat(venuesPerDivision(office.username()))
                .hasSize(16)
                .containsEntry("310115", 219L)
                .containsEntry("310112", 122L)
                .containsEntry("310107", 31L)
                .containsEntry("310151", 3L);
    }

    private static ApiClient.Response upload(VenueImportFixtures.Uploader office, Path csv) throws IOException {
        return VenueImportFixtures.upload(office.client(), Files.readAllBytes(csv), "shanghai.csv", Map.of());
    }

    private Map<String, Long> venuesPerDivision(String username) {
        return jdbc
                .sql("""
                        select v.division, count(*) from venue v join staff_account a on a.id = v.operator_id
                         where a.username = ? and v.category = 'RESIDENTIAL_COMMUNITY' group by v.division""")
                .param(username)
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<Path> bulletins() throws IOException, URISyntaxException {
        Path directory = Path.of(VenueImportShanghaiBulletinsTest.class
                .getResource("/venues/shanghai-2022/")
                .toURI());
        return VenueImportShanghaiBulletins.bulletins(directory);
    }
}
