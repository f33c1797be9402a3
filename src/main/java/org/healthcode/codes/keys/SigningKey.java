package org.healthcode.codes.keys;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A code-signing key pair held by the issuing server, with its self-signed certificate. The certificate's
 * {@code notBefore} is the instant the key starts signing. {@link #toString()} shows only the key id.
 */
public record SigningKey(KeyId id, PrivateKey privateKey, X509Certificate certificate) {

    /** Checks that the id belongs to the certificate's P-256 public key. */
    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        if (!(certificate.getPublicKey() instanceof ECPublicKey key) || !P256.isP256(key)) {
            throw new IllegalArgumentException("A code-signing certificate holds a P-256 key");
        }
        if (!KeyId.of(key).equals(id)) {
            throw new IllegalArgumentException("The key id does not belong to this certificate");
        }
    }

    /** The public half of the key. */
    public ECPublicKey publicKey() {
        return (ECPublicKey) certificate.getPublicKey();
    }

    /** The instant this key starts signing. */
    public Instant activeFrom() {
        return certificate.getNotBefore().toInstant();
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + ", active from " + activeFrom() + "]";
    }
}
