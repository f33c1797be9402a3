package org.healthcode.rules;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of rule-set activations: which version, when, by whom. Rows are only ever added. */
@Repository
class RuleSetActivations {

    private final JdbcClient jdbc;

    RuleSetActivations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One activation. */
    record Activation(String region, int version, Instant activatedAt, String activatedBy) {}

    List<Activation> all() {
        return jdbc.sql("select * from rule_set_activation order by activated_at")
                .query((row, n) -> new Activation(
                        row.getString("region"),
                        row.getInt("version"),
                        row.getTimestamp("activated_at").toInstant(),
                        row.getString("activated_by")))
                .list();
    }

    /** Records an activation; false if this version was already activated. */
    boolean record(Activation activation) {
        return jdbc.sql("""
                        insert into rule_set_activation (region, version, activated_at, activated_by)
                        values (?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                activation.region(),
                                activation.version(),
                                Timestamp.from(activation.activatedAt()),
                                activation.activatedBy())
                        .update()
                == 1;
    }
}
