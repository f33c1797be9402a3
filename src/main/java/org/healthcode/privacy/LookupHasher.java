package org.healthcode.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes for finding a resident by ID number or phone without storing or querying the clear value: the
 * HMAC-SHA256 of the canonical form ({@code IdentityDocument.canonical()}, {@code PhoneNumber.canonical()}) under the
 * look-up key, which is separate from the data keys. Without that key the hashes cannot be brute-forced from the
 * small space of ID numbers. Changing the key invalidates every stored hash.
 */
@Component
public class LookupHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final PrivacyKeys keys;

    public LookupHasher(PrivacyKeys keys) {
        this.keys = keys;
    }

    /** The 32-byte keyed hash of a canonical value; equal inputs give equal hashes. */
    public byte[] hash(String canonical) {
        if (canonical == null) {
            throw new IllegalArgumentException("Nothing to hash");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(keys.lookupKey());
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", broken);
        }
    }
}
