package org.healthcode.labresults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.healthcode.facts.Fact;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.healthcode.testing.ApiClient;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.LabFixtures;
import org.healthcode.testing.LabFixtures.Resident;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real pooled testing (KEMRI-Wellcome, Kenya, CC BY 4.0): mixed tubes are built like real pools, the lab reports the
 * pool's result and Ct, and every member of each pool gets the pool's result as a mixed-tube fact.
 */
class PooledTestingTest extends IntegrationTest {

    private static final int POOL_SIZE = 5;

    @Autowired
    Journeys journeys;

    @Autowired
    FactStore facts;

    @Autowired
    MutableClock clock;

    /** A real pool: its number, its Ct (positive pools only) and how many of its members were positive. */
    record Pool(int number, String ct, int positives) {}

    @Test
    void every_member_of_a_real_positive_pool_and_of_a_real_negative_pool_gets_its_pools_result() {
        // given two positive and two negative real pools, each as a sealed 5-in-1 tube of registered people
        LabFixtures fixtures = new LabFixtures(client(), journeys);
        LabFixtures.Lab lab = fixtures.lab();
        List<Pool> pools = new ArrayList<>(positivePools().subList(0, 2));
        pools.addAll(negativePools().subList(0, 2));
        Map<Pool, List<Resident>> members = new LinkedHashMap<>();
        Map<Pool, String> tubes = new LinkedHashMap<>();
        for (Pool pool : pools) {
            members.put(pool, fixtures.register(POOL_SIZE));
            tubes.put(pool, fixtures.sealedTube(members.get(pool)));
        }

        // when the lab uploads each pool's result
        StringBuilder file = new StringBuilder("tube,result,ct,sampled_at,reported_at\n");
        for (Pool pool : pools) {
            file.append(String.join(
                            ",",
                            tubes.get(pool),
                            pool.positives() > 0 ? "POSITIVE" : "NEGATIVE",
                            pool.ct(),
                            ago(20),
                            ago(4)))
                    .append('\n');
        }
        ApiClient.Response report =
                LabFixtures.uploadCsv(lab.staff(), file.toString().getBytes(StandardCharsets.UTF_8), null);

        // then each of the 20 members has one mixed-tube fact with the pool's result
        assertThat(report.json().get("accepted").asLong()).as(report.body()).isEqualTo(4);
        assertThat(report.json().get("factsRecorded").asInt()).isEqualTo(4 * POOL_SIZE);
        for (Pool pool : pools) {
            for (Resident member : members.get(pool)) {
                Fact fact = onlyTestResult(member);
                assertThat(fact.detail())
                        .containsEntry("tube", tubes.get(pool))
                        .containsEntry("tubeKind", "MIXED")
                        .containsEntry("result", pool.positives() > 0 ? "POSITIVE" : "NEGATIVE");
                if (pool.positives() > 0) {
                    assertThat(((Number) fact.detail().get("ct")).doubleValue())
                            .isEqualTo(Double.parseDouble(pool.ct()));
                }
            }
        }
    }

    private Fact onlyTestResult(Resident member) {
        List<Fact> results = facts.of(member.id()).stream()
                .filter(fact -> fact.kind() == FactKind.TEST_RESULT_REPORTED)
                .toList();
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    /** Positive pools with their pool Ct, from the pool-versus-individual Ct table. */
    private static List<Pool> positivePools() {
        Map<Integer, Integer> positives = positivesPerPool();
        Map<Integer, Pool> pools = new LinkedHashMap<>();
        for (CSVRecord row : records("Ct_values_pool_vs_individual.csv")) {
            int number = Integer.parseInt(row.get("poolnumber"));
            pools.putIfAbsent(number, new Pool(number, row.get("Pool_Ct"), positives.getOrDefault(number, 0)));
        }
        List<Pool> positive =
                pools.values().stream().filter(pool -> pool.positives() > 0).toList();
        assertThat(positive).hasSizeGreaterThanOrEqualTo(2);
        return positive;
    }

    private static List<Pool> negativePools() {
        return positivesPerPool().entrySet().stream()
                .filter(pool -> pool.getValue() == 0)
                .map(pool -> new Pool(pool.getKey(), "", 0))
                .toList();
    }

    private static Map<Integer, Integer> positivesPerPool() {
        Map<Integer, Integer> positives = new LinkedHashMap<>();
        for (CSVRecord row : records("positivity_pools.csv")) {
            positives.put(Integer.parseInt(row.get("pool")), Integer.parseInt(row.get("positives")));
        }
        return positives;
    }

    private static List<CSVRecord> records(String file) {
        try (InputStream in = PooledTestingTest.class.getResourceAsStream("/lab/kemri-pooling/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .get()
                    .parse(new java.io.StringReader(text))
                    .getRecords();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private String ago(int hours) {
        return clock.instant()
                .truncatedTo(ChronoUnit.SECONDS)
                .minus(Duration.ofHours(hours))
                .toString();
    }
}
