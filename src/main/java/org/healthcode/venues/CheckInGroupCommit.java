package org.healthcode.venues;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.healthcode.common.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits the check-ins of concurrent scans together. Each scan waits while one writer thread takes every scan
 * queued (up to {@code group-commit-scans}), writes them in one transaction and commits once; only then is each scan
 * answered. Durability is unchanged (nothing is answered before its commit) while one commit, and one fsync, serves
 * the whole group. The writer never waits for a repeat lock: a scan whose lock another transaction holds is handed
 * back to be written by its own request. If a group breaks a constraint, each of its scans is written again alone, so
 * one bad scan fails alone; any other failure (the database gone) fails the group.
 *
 * <p>The queue is bounded ({@code group-commit-scans} times {@value #QUEUED_GROUPS}): when it is full, or a scan is
 * not committed within {@code group-commit-wait}, the scan is answered {@code check-in-not-confirmed}; a scan given up
 * on before the writer took it is never written. The writer stops after the web server and writes what is queued.
 */
@Component
class CheckInGroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckInGroupCommit.class);
    /** Starts before and stops after the web server (whose phase is just below {@code DEFAULT_PHASE}). */
    private static final int PHASE = 0;
    /** How many full groups may wait in the queue. */
    static final int QUEUED_GROUPS = 20;

    private final CheckInWrites writes;
    private final TransactionTemplate transactions;
    private final CheckInProperties settings;
    private final BlockingQueue<Waiting> queue;
    private volatile boolean running;
    private Thread writer;

    CheckInGroupCommit(CheckInWrites writes, TransactionTemplate transactions, CheckInProperties settings) {
        this.writes = writes;
        this.transactions = transactions;
        this.settings = settings;
        this.queue = new LinkedBlockingQueue<>(settings.groupCommitScans() * QUEUED_GROUPS);
    }

    /** A scan waiting for its group's commit. */
    private record Waiting(CheckInWrites.Scan scan, CompletableFuture<CheckInWrites.Outcome> outcome) {}

    /**
     * Writes this scan with the next group and returns its outcome once that group is committed.
     *
     * @throws RejectedException {@code check-in-not-confirmed} if the queue is full, the writer is stopped or the
     *     commit did not happen within the wait
     */
    CheckInWrites.Outcome write(CheckInWrites.Scan scan) {
        Waiting waiting = new Waiting(scan, new CompletableFuture<>());
        if (!running || !queue.offer(waiting)) {
            log.atWarn()
                    .setMessage("check-in refused: group commit full or stopped")
                    .log();
            throw new RejectedException(VenueErrorCode.CHECK_IN_NOT_CONFIRMED);
        }
        try {
            return waiting.outcome().get(settings.groupCommitWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            waiting.outcome().cancel(false);
            log.atWarn().setMessage("check-in not confirmed in time").log();
            throw new RejectedException(VenueErrorCode.CHECK_IN_NOT_CONFIRMED);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RejectedException(VenueErrorCode.CHECK_IN_NOT_CONFIRMED);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    /** How many scans wait for the writer to take them. */
    int queued() {
        return queue.size();
    }

    private void run() {
        List<Waiting> group = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, settings.groupCommitScans() - 1);
                group.removeIf(waiting -> waiting.outcome().isDone());
                commit(group);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable failed) {
                group.forEach(waiting -> waiting.outcome().completeExceptionally(failed));
                log.atError()
                        .setMessage("check-in group commit failed")
                        .addKeyValue("error", failed.getClass().getName())
                        .log();
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Waiting> group) {
        if (group.isEmpty()) {
            return;
        }
        List<CheckInWrites.Outcome> outcomes;
        try {
            outcomes = transactions.execute(status ->
                    writes.write(group.stream().map(Waiting::scan).toList(), CheckInWrites.Locking.SKIP_BUSY));
        } catch (DataIntegrityViolationException broken) {
            if (group.size() == 1) {
                group.get(0).outcome().completeExceptionally(broken);
                return;
            }
            log.atWarn()
                    .setMessage("check-in group broke a constraint, writing its scans one by one")
                    .addKeyValue("scans", group.size())
                    .log();
            group.forEach(one -> commit(List.of(one)));
            return;
        }
        for (int index = 0; index < group.size(); index++) {
            group.get(index).outcome().complete(outcomes.get(index));
        }
    }

    @Override
    public void start() {
        running = true;
        writer = new Thread(this::run, "check-in-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void stop() {
        running = false;
        try {
            writer.join(settings.groupCommitWait().toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
