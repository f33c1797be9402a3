package org.healthcode.codes.keys;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public keys a verifier trusts, looked up by key id. This is all a verifier needs: a checkpoint offline, another
 * region, or this server.
 */
@FunctionalInterface
public interface TrustedKeys {

    /** The trusted key with this id, or empty if the id is unknown. */
    Optional<TrustedKey> find(KeyId id);

    /** A fixed set of trusted keys, for example parsed from a published JWK set. */
    static TrustedKeys of(Collection<TrustedKey> keys) {
        Map<KeyId, TrustedKey> byId =
                keys.stream().collect(Collectors.toUnmodifiableMap(TrustedKey::id, Function.identity()));
        return id -> Optional.ofNullable(byId.get(id));
    }
}
