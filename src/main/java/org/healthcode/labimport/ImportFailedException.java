package org.healthcode.labimport;

/** The import cannot go on: the message says what the server answered or what to fix. */
public class ImportFailedException extends RuntimeException {

    ImportFailedException(String message) {
        super(message);
    }

    ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
