package org.healthcode.codes.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key id ({@code kid}) of a code-signing key: the first 8 bytes of the SHA-256 digest of the public key's
 * SubjectPublicKeyInfo DER encoding. It does not depend on the certificate, so re-issuing a certificate for the same
 * key keeps the id. In JWKs it is written in unpadded base64url (11 characters).
 */
public final class KeyId {

    /** The length of a key id in bytes. */
    public static final int LENGTH = 8;

    private final byte[] bytes;

    private KeyId(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The key id of this public key. */
    public static KeyId of(PublicKey publicKey) {
        byte[] digest = sha256(publicKey.getEncoded());
        return new KeyId(Arrays.copyOf(digest, LENGTH));
    }

    /** The key id with exactly these 8 bytes (copied). */
    public static KeyId fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("A key id has exactly 8 bytes");
        }
        return new KeyId(bytes.clone());
    }

    /** The key id written in unpadded base64url. */
    public static KeyId fromBase64Url(String text) {
        if (text == null || text.length() != 11) {
            throw new IllegalArgumentException("A key id is 11 base64url characters");
        }
        try {
            return fromBytes(Base64.getUrlDecoder().decode(text));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("A key id is 11 base64url characters");
        }
    }

    /** A copy of the 8 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The id in unpadded base64url, as in a JWK's {@code kid}. */
    public String toBase64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The id in lower-case hex, as in keystore aliases. */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyId id && Arrays.equals(bytes, id.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toBase64Url();
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
