package org.healthcode.codes.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The issuing server's code-signing keys at one moment, ordered by the instant each starts signing. At any instant the
 * key that signs is the one most recently activated; it stops signing when its successor activates and retires
 * {@code retention} later (the longest code lifetime plus the clock tolerance), when nothing it signed is valid any
 * more. Immutable: changes return a new ring.
 */
public final class KeyRing implements TrustedKeys {

    private final List<SigningKey> keys;
    private final Duration retention;

    private KeyRing(List<SigningKey> keys, Duration retention) {
        this.keys = keys;
        this.retention = retention;
    }

    /** A ring of these keys; fails if two keys share a key id. */
    public static KeyRing of(List<SigningKey> keys, Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("The retention of a retired key cannot be negative");
        }
        List<SigningKey> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparing(SigningKey::activeFrom));
        if (ordered.stream().map(SigningKey::id).distinct().count() != ordered.size()) {
            throw new IllegalArgumentException("Two code-signing keys share a key id");
        }
        return new KeyRing(List.copyOf(ordered), retention);
    }

    /** The keys, oldest activation first. */
    public List<SigningKey> keys() {
        return keys;
    }

    /** Whether a key with this id is on the ring. */
    public boolean contains(KeyId id) {
        return keys.stream().anyMatch(key -> key.id().equals(id));
    }

    /** This ring with one more key; fails if its id is already taken. */
    public KeyRing with(SigningKey key) {
        if (contains(key.id())) {
            throw new IllegalArgumentException("A code-signing key with this key id already exists");
        }
        List<SigningKey> more = new ArrayList<>(keys);
        more.add(key);
        return of(more, retention);
    }

    /** This ring without the keys that have retired by this instant. */
    public KeyRing withoutRetiredAt(Instant instant) {
        List<SigningKey> remaining =
                keys.stream().filter(key -> trusted(key).trustedAt(instant)).toList();
        return new KeyRing(remaining, retention);
    }

    /** The key that signs at this instant: the latest one activated by then. */
    public Optional<SigningKey> signerAt(Instant instant) {
        SigningKey signer = null;
        for (SigningKey key : keys) {
            if (!key.activeFrom().isAfter(instant)) {
                signer = key;
            }
        }
        return Optional.ofNullable(signer);
    }

    /** The most recently activated or scheduled key. */
    public Optional<SigningKey> newest() {
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(keys.size() - 1));
    }

    /** The public view of every key not yet retired at this instant, as published to verifiers. */
    public List<TrustedKey> publishedAt(Instant instant) {
        return keys.stream()
                .map(this::trusted)
                .filter(key -> key.trustedAt(instant))
                .toList();
    }

    @Override
    public Optional<TrustedKey> find(KeyId id) {
        return keys.stream().filter(key -> key.id().equals(id)).findFirst().map(this::trusted);
    }

    private TrustedKey trusted(SigningKey key) {
        return new TrustedKey(key.id(), key.publicKey(), key.activeFrom(), retiresAt(key));
    }

    private Optional<Instant> retiresAt(SigningKey key) {
        return keys.stream()
                .map(SigningKey::activeFrom)
                .filter(activation -> activation.isAfter(key.activeFrom()))
                .findFirst()
                .map(successorActivation -> successorActivation.plus(retention));
    }
}
