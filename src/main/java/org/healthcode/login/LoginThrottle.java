package org.healthcode.login;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.healthcode.common.ClockTimeMeter;
import org.springframework.stereotype.Component;

/**
 * Limits how often one-time codes can be requested, per phone (by its keyed hash) and per client address. Buckets
 * live in this node's memory: with several nodes behind a balancer each node counts separately, which multiplies the
 * limit by the node count (see docs/operations.md).
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 200_000;

    private final Map<String, Bucket> phones = new ConcurrentHashMap<>();
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();
    private final LoginProperties settings;
    private final TimeMeter time;

    LoginThrottle(LoginProperties settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTimeMeter(clock);
    }

    /** Takes one code request for this phone and client; false if either is over its limit. */
    boolean allowCodeRequest(String phoneKey, String clientAddress) {
        Bucket phone = bucket(phones, phoneKey, this::phoneBucket);
        Bucket client = bucket(clients, clientAddress, this::clientBucket);
        if (client.getAvailableTokens() < 1 || phone.getAvailableTokens() < 1) {
            return false;
        }
        return client.tryConsume(1) && phone.tryConsume(1);
    }

    private Bucket phoneBucket() {
        int perHour = settings.codesPerPhonePerHour();
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(1)
                        .refillIntervally(1, settings.resendInterval())
                        .build())
                .addLimit(Bandwidth.builder()
                        .capacity(perHour)
                        .refillIntervally(perHour, Duration.ofHours(1))
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }

    private Bucket clientBucket() {
        int perHour = settings.codesPerClientPerHour();
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perHour)
                        .refillIntervally(perHour, Duration.ofHours(1))
                        .build())
                .withCustomTimePrecision(time)
                .build();
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, Supplier<Bucket> create) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, ignored -> create.get());
    }
}
