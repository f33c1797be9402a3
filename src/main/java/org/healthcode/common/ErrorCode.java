package org.healthcode.common;

import org.springframework.http.HttpStatus;

/**
 * A stable, documented reason for refusing a request. Each feature declares its own enum implementing this
 * interface; {@link #code()} is what clients match on and must never change once released.
 *
 * <p>The human message is looked up in the message bundles under {@code error.<code>}, so it is localised and never
 * contains the rejected input.
 */
public interface ErrorCode {

    /** The stable machine-readable code, lower-case words joined by hyphens, for example {@code id-check-character}. */
    String code();

    /** The HTTP status a client receives for this rejection. */
    HttpStatus status();

    /** The message-bundle key of the human explanation. */
    default String messageKey() {
        return "error." + code();
    }
}
