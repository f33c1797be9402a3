package org.healthcode.venues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.healthcode.common.TimeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the day partitions of {@code check_in}: creates them ahead of time (and on demand before the first write of a
 * day nobody prepared), and drops whole days older than the retention period. Days are local days of the region's
 * zone. Dropping a day is a {@code DROP TABLE}: cheap, whatever the number of rows. Partition DDL runs in its own
 * transaction, so a day created for a write that then rolls back stays created.
 */
@Component
@EnableScheduling
public class CheckInPartitions {

    private static final Logger log = LoggerFactory.getLogger(CheckInPartitions.class);
    private static final String PREFIX = "check_in_";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;
    /** An arbitrary constant: the advisory lock that serialises partition DDL across nodes. */
    private static final long DDL_LOCK = 0x636865636b5f696eL;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CheckInProperties settings;
    private final ZoneId zone;
    private final Clock clock;
    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    CheckInPartitions(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            CheckInProperties settings,
            TimeProperties time,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.zone = time.zone();
        this.clock = clock;
    }

    /** The local day an instant falls on. */
    LocalDate dayOf(java.time.Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Today, in the region's zone. */
    LocalDate today() {
        return dayOf(clock.instant());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(
            fixedDelayString = "${healthcode.check-ins.maintenance-interval:1h}",
            initialDelayString = "${healthcode.check-ins.maintenance-interval:1h}")
    void maintain() {
        createAhead();
        dropExpired();
    }

    /** Creates the partitions of today and the configured number of days ahead. */
    public void createAhead() {
        LocalDate today = today();
        for (int ahead = 0; ahead <= settings.partitionsAhead(); ahead++) {
            ensure(today.plusDays(ahead));
        }
    }

    /** Makes sure the partition of this day exists. */
    void ensure(LocalDate day) {
        if (known.contains(day)) {
            return;
        }

        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(DDL_LOCK).query().singleRow();
            jdbc.sql("create table if not exists %s partition of check_in for values from ('%s') to ('%s')"
                            .formatted(PREFIX + SUFFIX.format(day), day, day.plusDays(1)))
                    .update();
        });
        known.add(day);
    }

    /**
     * Drops every day partition older than the retention period (a check-in of day D is kept while D is within the
     * last {@code retention-days} days, today included); returns the days dropped.
     */
    public List<LocalDate> dropExpired() {
        LocalDate oldestKept = today().minusDays(settings.retentionDays() - 1L);
        List<LocalDate> expired =
                days().stream().filter(day -> day.isBefore(oldestKept)).toList();
        for (LocalDate day : expired) {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(?)")
                        .param(DDL_LOCK)
                        .query()
                        .singleRow();
                jdbc.sql("drop table if exists " + PREFIX + SUFFIX.format(day)).update();
            });
            known.remove(day);
        }
        if (!expired.isEmpty()) {
            log.atInfo()
                    .setMessage("expired check-in days dropped")
                    .addKeyValue("days", expired.size())
                    .log();
        }
        return expired;
    }

    /** The days that have a partition, oldest first. */
    public List<LocalDate> days() {
        return jdbc.sql("""
                        select child.relname from pg_inherits
                        join pg_class child on child.oid = pg_inherits.inhrelid
                        where pg_inherits.inhparent = 'check_in'::regclass
                        order by child.relname""").query(String.class).list().stream()
                .filter(name -> name.matches(PREFIX + "\\d{8}"))
                .map(name -> LocalDate.parse(name.substring(PREFIX.length()), SUFFIX))
                .toList();
    }
}
