package org.healthcode.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Time passing changes colours without anyone acting: quarantine ends, a drug-purchase window closes. Every evaluation
 * notes when the next such change may happen; this job re-evaluates the people whose time has come, a batch at a
 * time, each batch in one transaction ({@link ColourChanges#reevaluateAll}). Re-evaluating is idempotent, so overlapping runs or nodes do no harm.
 */
@Component
@EnableScheduling
public class DueReevaluations {

    private static final Logger log = LoggerFactory.getLogger(DueReevaluations.class);
    private static final int BATCH = 1_000;
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final JdbcClient jdbc;
    private final ColourChanges changes;
    private final Clock clock;

    DueReevaluations(JdbcClient jdbc, ColourChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${healthcode.rules.reevaluation-interval:1m}",
            initialDelayString = "${healthcode.rules.reevaluation-interval:1m}")
    void scheduled() {
        int reevaluated = runDue();
        if (reevaluated > 0) {
            log.info("Due colour re-evaluations done; count={}", reevaluated);
        }
    }

    /** Re-evaluates everyone due by now (the injected clock's now); returns how many were re-evaluated. */
    public int runDue() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<UUID> due = dueBatch();
            reevaluate(due);
            total += due.size();
            if (due.size() < BATCH) {
                break;
            }
        }
        return total;
    }

    /** A batch at once; if that fails, each person on their own, so that one bad record holds up nobody else. */
    private void reevaluate(List<UUID> due) {
        try {
            changes.reevaluateAll(due);
        } catch (RuntimeException failed) {
            log.warn(
                    "Batch colour re-evaluation failed, retrying one by one; error={}",
                    failed.getClass().getSimpleName());
            due.forEach(this::reevaluateOne);
        }
    }

    /** One person; a failure is logged without identifying the person and leaves them due for the next run. */
    private void reevaluateOne(UUID residentId) {
        try {
            changes.reevaluate(residentId);
        } catch (RuntimeException failed) {
            log.error(
                    "Due colour re-evaluation failed; error={}",
                    failed.getClass().getSimpleName());
        }
    }

    private List<UUID> dueBatch() {
        return jdbc.sql("""
                        select resident_id from colour_evaluation where next_evaluation_at <= ?
                        order by next_evaluation_at limit ?""")
                .params(Timestamp.from(clock.instant()), BATCH)
                .query(UUID.class)
                .list();
    }
}
