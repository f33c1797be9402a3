package org.healthcode.privacy;

/**
 * A stored ciphertext could not be decrypted: it was altered, belongs to another column, or was written with a key
 * the ring no longer holds. This is a fault of the server or its data, not of the client, so it is not a
 * {@code RejectedException}; the message states only the reason, never the content.
 */
public class PersonalDataUnreadableException extends RuntimeException {

    /** Why the ciphertext could not be read. */
    public enum Reason {
        /** Too short or with a header that does not parse. */
        MALFORMED,
        /** Written in a layout version this server does not know. */
        UNSUPPORTED_VERSION,
        /** Written with a key id that is not in the key ring. */
        UNKNOWN_KEY,
        /** The authentication tag does not match: altered bytes, or another context than the one it was written for. */
        AUTHENTICATION_FAILED
    }

    private final Reason reason;

    public PersonalDataUnreadableException(Reason reason) {
        super("Personal data could not be decrypted: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
