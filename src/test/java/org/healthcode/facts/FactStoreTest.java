package org.healthcode.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.testing.SyntheticPeople.aPerson;

import java.util.Map;
import java.util.UUID;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Facts are append-only in the database itself; only an encrypted reason may be rewritten, for key rotation. */
class FactStoreTest extends IntegrationTest {

    @Autowired
    FactStore facts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Journeys journeys;

    @Test
    void a_recorded_fact_reads_back_with_its_reason_and_the_reason_is_not_stored_in_clear() {
        UUID resident = journeys.register(client(), aPerson());

        Fact recorded =
                facts.record(NewFact.of(resident, FactKind.REVIEW_APPROVED, Map.of("declaration", "d1"), "staff:x")
                        .because("Reason naming 张三 13900000000"));

        assertThat(facts.of(resident)).last().isEqualTo(recorded);
        assertThat(jdbc.sql("select t::text from fact t where id = ?")
                        .param(recorded.id())
                        .query(String.class)
                        .single())
                .doesNotContain("13900000000");
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_fact() {
        UUID resident = journeys.register(client(), aPerson());
        long id = facts.record(NewFact.of(resident, FactKind.DECLARATION_CLEARED, Map.of(), "system:test")
                        .because("cleared"))
                .id();

        assertThatThrownBy(() -> jdbc.sql("update fact set kind = 'REVIEW_RESTRICTED' where id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        jdbc.sql("delete from fact where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update fact set reason_cipher = null where id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("update fact set reason_cipher = reason_cipher where id = ?")
                        .param(id)
                        .update())
                .isEqualTo(1);
    }
}
