package org.healthcode.privacy;

/**
 * The privacy keys are missing or unusable; thrown at start-up so that the server does not run without them. The
 * message names the setting to fix and never contains a key.
 */
public class InvalidPrivacyKeysException extends IllegalStateException {

    public InvalidPrivacyKeysException(String message) {
        super(message);
    }

    public InvalidPrivacyKeysException(String message, Throwable cause) {
        super(message, cause);
    }
}
