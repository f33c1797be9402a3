package org.healthcode.codes.format;

import java.security.PublicKey;
import org.healthcode.codes.HealthCode;
import org.healthcode.codes.keys.KeyId;

/**
 * A code text taken apart but not yet trusted: the key id it names, and the signed bytes. Ask
 * {@link #isSignedBy(PublicKey)} before reading its {@link #claims()}.
 */
public final class SignedCode {

    private final CoseSign1 message;

    SignedCode(CoseSign1 message) {
        this.message = message;
    }

    /** The key id in the protected header. */
    public KeyId keyId() {
        return message.keyId();
    }

    /** Whether the signature is valid for this public key. */
    public boolean isSignedBy(PublicKey key) {
        return Es256.verify(key, message.toBeSigned(), message.signature());
    }

    /** The claims; {@link IllegalArgumentException} if the payload has the wrong shape. */
    public HealthCode claims() {
        return ClaimsCbor.read(message.payload());
    }
}
