package org.healthcode.login;

import org.healthcode.identity.PhoneNumber;

/** Delivers a one-time login code to a phone. Implementations must not log the code or the number. */
public interface CodeSender {

    void send(PhoneNumber phone, String code);
}
