package org.healthcode.codes;

import org.healthcode.codes.keys.KeyId;

/**
 * A freshly signed code: the text to put in a QR code, the claims it carries and the key that signed it. The text is
 * a bearer credential for its lifetime; never log it.
 */
public record IssuedCode(String text, HealthCode claims, KeyId keyId) {

    @Override
    public String toString() {
        return "IssuedCode[" + claims.kind() + ", key " + keyId + ", expires " + claims.expiresAt() + "]";
    }
}
