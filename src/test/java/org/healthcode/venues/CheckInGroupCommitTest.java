package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.testing.SyntheticPeople.aPerson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.healthcode.common.RejectedException;
import org.healthcode.testing.IntegrationTest;
import org.healthcode.testing.Journeys;
import org.healthcode.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scans recorded at the same time are committed in groups: a person scanned by many gates at once is one check-in, a
 * device nonce sent by several requests at once is spent by one of them, a scan that cannot be written fails alone
 * while the rest of its group is stored, and a repeat lock held elsewhere holds up only its own person.
 */
class CheckInGroupCommitTest extends IntegrationTest {

    private static final int THREADS = 8;

    @Autowired
    Journeys journeys;

    @Autowired
    CheckIns checkIns;

    @Autowired
    CheckInGroupCommit groupCommit;

    @Autowired
    Venues venues;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Autowired
    CheckInWrites writes;

    @Autowired
    TransactionTemplate transactions;

    private final ExecutorService gates = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopGates() {
        gates.shutdownNow();
    }

    @Test
    void one_person_scanned_by_many_gates_at_once_is_one_check_in() throws Exception {
        UUID person = journeys.register(client(), aPerson());
        Venue venue = aVenue();

        List<CheckIn> answers = all(atOnce(() -> checkIns.record(checkIn(venue, person))));

        assertThat(answers).extracting(CheckIn::id).containsOnly(answers.get(0).id());
        assertThat(answers).filteredOn(checkIn -> !checkIn.repeated()).hasSize(1);
        assertThat(checkIns.countAt(venue.id())).isEqualTo(1);
    }

    @Test
    void a_nonce_sent_by_several_requests_at_once_is_spent_by_exactly_one() throws Exception {
        UUID person = journeys.register(client(), aPerson());
        Venue venue = aVenue();
        DeviceNonce nonce = new DeviceNonce(UUID.randomUUID(), "n-" + UUID.randomUUID());

        List<Future<List<CheckIn>>> answers =
                atOnce(() -> checkIns.record(List.of(checkIn(venue, person)), Optional.of(nonce)));

        int recorded = 0;
        for (Future<List<CheckIn>> answer : answers) {
            try {
                answer.get();
                recorded++;
            } catch (ExecutionException refused) {
                assertThat(refused.getCause())
                        .isInstanceOfSatisfying(
                                RejectedException.class,
                                rejected -> assertThat(rejected.errorCode())
                                        .isEqualTo(VenueDeviceErrorCode.REQUEST_REPLAYED));
            }
        }
        assertThat(recorded).isEqualTo(1);
        assertThat(checkIns.countAt(venue.id())).isEqualTo(1);
    }

    @Test
    void a_scan_that_cannot_be_written_fails_alone_and_the_rest_of_its_group_is_stored() throws Exception {
        // given the writer held up inserting a first scan's nonce, which an open transaction inserted too,
        // while a good and a bad scan queue behind it
        UUID first = journeys.register(client(), aPerson());
        UUID second = journeys.register(client(), aPerson());
        Venue venue = aVenue();
        DeviceNonce nonce = new DeviceNonce(UUID.randomUUID(), "held-" + UUID.randomUUID());
        Future<List<CheckIn>> held;
        Future<List<CheckIn>> good;
        Future<List<CheckIn>> unknownPerson;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            insertNonce(blocker, nonce);
            held = gates.submit(() -> checkIns.record(List.of(checkIn(venue, first)), Optional.of(nonce)));
            awaitWriterWaitingForNonce(blocker);
            good = gates.submit(() -> checkIns.record(List.of(checkIn(venue, second))));
            unknownPerson = gates.submit(() -> checkIns.record(List.of(checkIn(venue, UUID.randomUUID()))));
            awaitQueued(2);

            // when the open transaction gives the nonce up, and the good and bad scans are written as one group
            blocker.rollback();
        }

        // then only the bad scan fails
        assertThat(held.get(10, TimeUnit.SECONDS)).hasSize(1);
        assertThat(good.get(10, TimeUnit.SECONDS).get(0).residentId()).isEqualTo(second);
        assertThatThrownBy(() -> unknownPerson.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(DataIntegrityViolationException.class);
        assertThat(checkIns.countAt(venue.id())).isEqualTo(2);
    }

    @Test
    void a_scan_not_committed_within_the_wait_is_answered_not_confirmed_and_dropped_if_still_queued() throws Exception {
        // given a writer of its own with a one-second wait, held up by a first scan's nonce
        CheckInGroupCommit impatient = new CheckInGroupCommit(
                writes,
                transactions,
                new CheckInProperties(28, Duration.ofMinutes(10), 3, Duration.ofHours(1), 500, Duration.ofSeconds(1)));
        impatient.start();
        UUID first = journeys.register(client(), aPerson());
        UUID second = journeys.register(client(), aPerson());
        Venue venue = aVenue();
        DeviceNonce nonce = new DeviceNonce(UUID.randomUUID(), "held-" + UUID.randomUUID());
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            insertNonce(blocker, nonce);
            Future<CheckInWrites.Outcome> held =
                    gates.submit(() -> impatient.write(scan(checkIn(venue, first), Optional.of(nonce))));
            awaitWriterWaitingForNonce(blocker);

            // when a second scan waits longer than that behind it
            Future<CheckInWrites.Outcome> late =
                    gates.submit(() -> impatient.write(scan(checkIn(venue, second), Optional.empty())));

            // then both are answered not confirmed, and the one still queued is never written
            assertNotConfirmed(late);
            assertNotConfirmed(held);
            blocker.rollback();
        } finally {
            impatient.stop();
        }
        assertThat(checkIns.visitsOf(second, 10)).isEmpty();
    }

    @Test
    void a_person_whose_repeat_lock_is_held_elsewhere_does_not_hold_up_anyone_else() throws Exception {
        // given another transaction holding the repeat lock of one person at the venue
        UUID locked = journeys.register(client(), aPerson());
        UUID free = journeys.register(client(), aPerson());
        Venue venue = aVenue();
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            lockScansOf(blocker, venue, locked);

            // when both are scanned
            Future<List<CheckIn>> waiting = gates.submit(() -> checkIns.record(List.of(checkIn(venue, locked))));
            Future<List<CheckIn>> passing = gates.submit(() -> checkIns.record(List.of(checkIn(venue, free))));

            // then the other person is recorded while the lock is still held, and the locked one once it is released
            assertThat(passing.get(5, TimeUnit.SECONDS).get(0).residentId()).isEqualTo(free);
            assertThat(waiting.isDone()).isFalse();
            blocker.commit();
            assertThat(waiting.get(10, TimeUnit.SECONDS).get(0).residentId()).isEqualTo(locked);
        }
        assertThat(checkIns.countAt(venue.id())).isEqualTo(2);
    }

    @Test
    void a_scan_counts_once_with_a_check_in_a_little_later_that_was_stored_first() {
        UUID person = journeys.register(client(), aPerson());
        Venue venue = aVenue();
        clock.advance(Duration.ofMinutes(1));
        CheckIn later = checkIns.record(checkIn(venue, person));

        clock.advance(Duration.ofMinutes(-1));
        CheckIn earlier = checkIns.record(checkIn(venue, person));

        assertThat(earlier.repeated()).isTrue();
        assertThat(earlier.id()).isEqualTo(later.id());
        assertThat(checkIns.countAt(venue.id())).isEqualTo(1);
    }

    private static void assertNotConfirmed(Future<CheckInWrites.Outcome> answer) {
        assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
                .cause()
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        rejected -> assertThat(rejected.errorCode()).isEqualTo(VenueErrorCode.CHECK_IN_NOT_CONFIRMED));
    }

    private CheckInWrites.Scan scan(NewCheckIn checkIn, Optional<DeviceNonce> nonce) {
        return new CheckInWrites.Scan(List.of(checkIn), nonce, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private <T> List<Future<T>> atOnce(Callable<T> scan) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> answers = new ArrayList<>();
        for (int gate = 0; gate < THREADS; gate++) {
            answers.add(gates.submit(() -> {
                start.await();
                return scan.call();
            }));
        }
        start.countDown();
        return answers;
    }

    private static <T> List<T> all(List<Future<T>> answers) throws Exception {
        List<T> values = new ArrayList<>();
        for (Future<T> answer : answers) {
            values.add(answer.get(10, TimeUnit.SECONDS));
        }
        return values;
    }

    private static void lockScansOf(Connection connection, Venue venue, UUID person) throws Exception {
        try (PreparedStatement lock =
                connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(? || ?, 0))")) {
            lock.setString(1, venue.id().value().toString());
            lock.setString(2, person.toString());
            lock.executeQuery().close();
        }
    }

    private static void insertNonce(Connection connection, DeviceNonce nonce) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into device_scan_nonce (device_id, nonce, seen_at) values (?, ?, now())")) {
            insert.setObject(1, nonce.deviceId());
            insert.setString(2, nonce.nonce());
            insert.executeUpdate();
        }
    }

    /** Waits until another session waits for this connection's transaction: the writer, behind the open insert. */
    private static void awaitWriterWaitingForNonce(Connection connection) throws Exception {
        for (int attempt = 0; attempt < 500; attempt++) {
            try (PreparedStatement waiting = connection.prepareStatement(
                            "select count(*) from pg_stat_activity where pg_backend_pid() = any (pg_blocking_pids(pid))");
                    ResultSet row = waiting.executeQuery()) {
                row.next();
                if (row.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the writer never waited for the nonce");
    }

    private void awaitQueued(int scans) throws InterruptedException {
        for (int attempt = 0; attempt < 500 && groupCommit.queued() < scans; attempt++) {
            Thread.sleep(10);
        }
        assertThat(groupCommit.queued()).isEqualTo(scans);
    }

    private Venue aVenue() {
        return venues.require(VenueId.of(VenueFixtures.venue(VenueFixtures.operator(client(), journeys), "SCHOOL")));
    }

    private static NewCheckIn checkIn(Venue venue, UUID person) {
        return new NewCheckIn(
                venue,
                person,
                Optional.empty(),
                CheckInMethod.DEVICE,
                EntryDecision.allow("green"),
                Optional.empty(),
                "test",
                Optional.empty());
    }
}
