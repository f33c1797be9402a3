package org.healthcode.codes.keys;

import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key a verifier accepts signatures from: its id, the P-256 key, the instant it starts signing, and the
 * instant it retires if a successor is already scheduled. A retired key verifies nothing, because every code it
 * signed has expired by then.
 */
public record TrustedKey(KeyId id, ECPublicKey publicKey, Instant activeFrom, Optional<Instant> retiresAt) {

    /** Checks that the id belongs to the key. */
    public TrustedKey {
        Objects.requireNonNull(activeFrom, "activeFrom");
        Objects.requireNonNull(retiresAt, "retiresAt");
        if (!P256.isP256(publicKey)) {
            throw new IllegalArgumentException("A code-signing key is a P-256 key");
        }
        if (!KeyId.of(publicKey).equals(id)) {
            throw new IllegalArgumentException("The key id does not belong to this public key");
        }
    }

    /** Whether signatures by this key are still accepted at this instant. */
    public boolean trustedAt(Instant instant) {
        return retiresAt.map(instant::isBefore).orElse(true);
    }
}
