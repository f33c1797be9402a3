package org.healthcode.codes;

import java.util.Arrays;
import java.util.Base64;

/**
 * The pseudonymous holder of a code: 8 to 32 opaque bytes that the issuing region can map back to a person and that
 * nobody else can. It is never an ID number, a phone number or a hash of one. {@link #toString()} does not show it.
 */
public final class SubjectToken {

    /** The fewest bytes a token may have. */
    public static final int MIN_BYTES = 8;

    /** The most bytes a token may have. */
    public static final int MAX_BYTES = 32;

    private final byte[] bytes;

    private SubjectToken(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A token of these bytes (copied), which must number between 8 and 32. */
    public static SubjectToken of(byte[] bytes) {
        if (bytes == null || bytes.length < MIN_BYTES || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("A subject token has 8 to 32 bytes");
        }
        return new SubjectToken(bytes.clone());
    }

    /** A token written in unpadded base64url. */
    public static SubjectToken fromBase64Url(String text) {
        if (text == null || text.length() > 64) {
            throw new IllegalArgumentException("A subject token has 8 to 32 bytes");
        }
        try {
            return of(Base64.getUrlDecoder().decode(text));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("A subject token is written in base64url");
        }
    }

    /** A copy of the token's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The token in unpadded base64url. */
    public String toBase64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectToken token && Arrays.equals(bytes, token.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SubjectToken[" + bytes.length + " bytes]";
    }
}
