package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The full run of docs/benchmarks.md: all 74 daily bulletins (not shipped; give their directory with {@code
 * -Dvenues.shanghai.daily=...}) converted and imported through the real API by a Shanghai office, then imported
 * again, with the production file limit. Prints the counts and times; asserts only the counts, since the machines are shared and noisy.
 */
@EnabledIfSystemProperty(named = "venues.shanghai.daily", matches = ".+")
@TestPropertySource(properties = "healthcode.venue-import.max-file-size=32MB")
class VenueImportShanghaiFullRunTest extends IntegrationTest {

    @Autowired
    Journeys journeys;

    @TempDir
    Path temporary;

    @Test
    void every_compound_of_the_74_bulletins_is_registered_once() throws Exception {
        Path csv = temporary.resolve("shanghai-2022.csv");
        VenueImportShanghaiBulletins.Conversion conversion = VenueImportShanghaiBulletins.convert(
                VenueImportShanghaiBulletins.bulletins(Path.of(System.getProperty("venues.shanghai.daily"))));
        VenueImportShanghaiBulletins.write(conversion, csv);
        byte[] file = Files.readAllBytes(csv);
        ApiClient office =
                new VenueImportFixtures(client(), journeys).office("310000").client();

        long start = System.nanoTime();
        ApiClient.Response first = VenueImportFixtures.upload(office, file, "shanghai-2022.csv", Map.of());
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ApiClient.Response again = VenueImportFixtures.upload(office, file, "shanghai-2022.csv", Map.of());
        long againMillis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf(
                "shanghai import: files=%d mentions=%d distinct-as-written=%d rows=%d bytes=%d;"
                        + " registered=%d refused=%d in %d ms; again: unchanged=%d in %d ms%n",
                conversion.files(),
                conversion.mentions(),
                conversion.distinctAsWritten(),
                conversion.compounds().size(),
                file.length,
                first.json().get("registered").asLong(),
                first.json().get("refused").asLong(),
                firstMillis,
                again.json().get("unchanged").asLong(),
                againMillis);
        assertThat(first.json().get("registered").asLong())
                .as(first.body())
                .isEqualTo(conversion.compounds().size());
        assertThat(again.json().get("unchanged").asLong())
                .isEqualTo(conversion.compounds().size());
    }
}
