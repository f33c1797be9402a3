package org.healthcode.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.healthcode.facts.FactsRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New facts (lab results above all) may change colours at once. A handful of people are re-evaluated on the spot, in
 * one transaction; a large batch, such as a lab upload of thousands of tubes, is marked due now so that
 * {@link DueReevaluations} works through it in the background instead of holding the uploader's request. Either way the colour a checkpoint sees is
 * already right, since it is derived from the facts when asked; what waits is the recorded colour change.
 */
@Component
class NewFactsReevaluation implements FactsRecorded {

    /** Above this many people the work goes to the scheduler. */
    static final int INLINE_LIMIT = 50;

    private static final int MARK_DUE_CHUNK = 10_000;

    private static final Logger log = LoggerFactory.getLogger(NewFactsReevaluation.class);

    private final ColourChanges changes;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    NewFactsReevaluation(ColourChanges changes, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void recorded(Collection<UUID> residentIds) {
        if (residentIds.size() > INLINE_LIMIT) {
            markDue(residentIds);
            return;
        }
        try {
            // its own transaction, so that a failure rolls back only the evaluation and the fallback below still counts
            ownTransaction.executeWithoutResult(status -> changes.reevaluateAll(residentIds));
        } catch (RuntimeException failed) {
            log.error(
                    "Colour re-evaluation after new facts failed; error={}",
                    failed.getClass().getSimpleName());
            markDue(residentIds);
        }
    }

    /**
     * Marks the people due now, a chunk at a time so that a million people never make one huge array; whoever has
     * never been evaluated gets a row that says so.
     */
    private void markDue(Collection<UUID> residentIds) {
        Timestamp now = Timestamp.from(clock.instant());
        List<UUID> people = List.copyOf(residentIds);
        int marked = 0;
        for (int from = 0; from < people.size(); from += MARK_DUE_CHUNK) {
            List<UUID> chunk = people.subList(from, Math.min(from + MARK_DUE_CHUNK, people.size()));
            marked += jdbc.sql("""
                            insert into colour_evaluation (resident_id, evaluated_at, next_evaluation_at)
                            select person, '-infinity', ? from unnest(?::uuid[]) as person
                            on conflict (resident_id) do update set next_evaluation_at = excluded.next_evaluation_at""").params(now, chunk.toArray(UUID[]::new)).update();
        }
        log.info("Colour re-evaluation after new facts scheduled; count={}", marked);
    }
}
