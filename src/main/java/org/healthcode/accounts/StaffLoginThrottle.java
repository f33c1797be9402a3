package org.healthcode.accounts;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.healthcode.common.ClockTimeMeter;
import org.springframework.stereotype.Component;

/**
 * Counts failed staff logins per username and locks a username's login for {@code healthcode.staff-login.lockout}
 * once {@code max-failures} failures fall within {@code failure-window}. A locked login is refused as bad
 * credentials, so the answer does not tell whether the account exists or the password was right. Counts live in this
 * node's memory (see docs/operations.md).
 */
@Component
class StaffLoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();
    private final StaffLoginProperties settings;
    private final Clock clock;
    private final TimeMeter time;

    StaffLoginThrottle(StaffLoginProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.time = new ClockTimeMeter(clock);
    }

    /** True while this username's login is locked. */
    boolean isLocked(String username) {
        Instant until = lockedUntil.get(username);
        if (until == null) {
            return false;
        }
        if (clock.instant().isBefore(until)) {
            return true;
        }

        lockedUntil.remove(username, until);
        failures.remove(username);
        return false;
    }

    /** Counts a failed login; returns true if this failure locked the username's login. */
    boolean failed(String username) {
        if (isLocked(username)) {
            return false;
        }
        forgetAllWhenFull();
        Bucket bucket = failures.computeIfAbsent(username, ignored -> newBucket());
        if (bucket.tryConsume(1) && bucket.getAvailableTokens() > 0) {
            return false;
        }

        lockedUntil.put(username, clock.instant().plus(settings.lockout()));
        return true;
    }

    /** A successful login forgets the username's earlier failures. */
    void succeeded(String username) {
        failures.remove(username);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(settings.maxFailures())
                        .refillGreedy(settings.maxFailures(), settings.failureWindow())
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }

    private void forgetAllWhenFull() {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
    }
}
