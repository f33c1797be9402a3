package org.healthcode.codes.keys;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creates, schedules and retires the code-signing keys, and keeps the current {@link KeyRing}. On first start it
 * creates a key that signs at once. Afterwards {@link #rotateIfDue()} (run at start and then periodically) publishes a
 * successor {@code leadTime} before the current key's signing period ends and destroys keys whose last code has
 * expired. A key can also be scheduled by hand with {@link #schedule(Instant)}. Key ids never collide: a new key
 * whose id is already on the ring is discarded and generated again.
 */
public final class KeyRotation implements TrustedKeys, Supplier<KeyRing> {

    private static final int ATTEMPTS_AGAINST_COLLISION = 3;

    private final KeyRingStore store;
    private final RotationPolicy policy;
    private final String region;
    private final Clock clock;
    private final Supplier<KeyPair> keyPairs;
    private volatile KeyRing ring;

    /** A rotation over the keys in this store, creating keys with the platform's strong random source. */
    public KeyRotation(KeyRingStore store, RotationPolicy policy, String region, Clock clock) {
        this(store, policy, region, clock, P256::generateKeyPair);
    }

    /** A rotation that draws new key pairs from {@code keyPairs} (tests use this to force collisions). */
    public KeyRotation(
            KeyRingStore store, RotationPolicy policy, String region, Clock clock, Supplier<KeyPair> keyPairs) {
        this.store = store;
        this.policy = policy;
        this.region = region;
        this.clock = clock;
        this.keyPairs = keyPairs;
        this.ring = KeyRing.of(store.load(), policy.retention());
    }

    /** The current key ring. */
    @Override
    public KeyRing get() {
        return ring;
    }

    @Override
    public Optional<TrustedKey> find(KeyId id) {
        return ring.find(id);
    }

    /**
     * Brings the ring up to date: creates the first key if there is none, publishes a successor when the newest key's
     * period is about to end, and destroys retired keys. Saves the keystore only if something changed.
     */
    public synchronized KeyRing rotateIfDue() {
        Instant now = clock.instant();
        KeyRing next = ring.withoutRetiredAt(now);
        Optional<SigningKey> newest = next.newest();
        if (newest.isEmpty()) {
            next = next.with(newKey(next, now));
        } else if (isSuccessorDue(newest.get(), now)) {
            next = next.with(newKey(next, successorActivation(newest.get(), now)));
        }
        return replace(next);
    }

    /** Publishes a new key now that starts signing at {@code activeFrom}, which must not lie in the past. */
    public synchronized SigningKey schedule(Instant activeFrom) {
        Instant now = clock.instant();
        if (activeFrom.isBefore(now.truncatedTo(ChronoUnit.SECONDS))) {
            throw new IllegalArgumentException("A new code-signing key cannot start signing in the past");
        }
        boolean activationTaken = ring.keys().stream()
                .anyMatch(key -> key.activeFrom().equals(activeFrom.truncatedTo(ChronoUnit.SECONDS)));
        if (activationTaken) {
            throw new IllegalArgumentException("Another code-signing key starts signing at the same instant");
        }
        SigningKey key = newKey(ring, activeFrom);
        replace(ring.with(key));
        return key;
    }

    private boolean isSuccessorDue(SigningKey newest, Instant now) {
        Instant periodEnd = newest.activeFrom().plus(policy.signingPeriod());
        return !now.isBefore(periodEnd.minus(policy.leadTime()));
    }

    private Instant successorActivation(SigningKey newest, Instant now) {
        Instant periodEnd = newest.activeFrom().plus(policy.signingPeriod());
        Instant earliestFairToVerifiers = now.plus(policy.leadTime());
        return periodEnd.isAfter(earliestFairToVerifiers) ? periodEnd : earliestFairToVerifiers;
    }

    private SigningKey newKey(KeyRing existing, Instant activeFrom) {
        Instant activation = activeFrom.truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = activation.plus(policy.signingPeriod()).plus(policy.retention());
        for (int attempt = 0; attempt < ATTEMPTS_AGAINST_COLLISION; attempt++) {
            KeyPair pair = keyPairs.get();
            if (!existing.contains(KeyId.of(pair.getPublic()))) {
                return new SigningKey(
                        KeyId.of(pair.getPublic()),
                        pair.getPrivate(),
                        SelfSignedCertificates.create(pair, region, activation, notAfter));
            }
        }
        throw new IllegalStateException("Could not create a code-signing key with an unused key id");
    }

    private KeyRing replace(KeyRing next) {
        if (!next.keys().equals(ring.keys())) {
            store.save(next.keys());
            ring = next;
        }
        return ring;
    }
}
