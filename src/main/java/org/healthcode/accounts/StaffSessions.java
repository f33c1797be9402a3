package org.healthcode.accounts;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The open sessions of staff accounts. Ending them marks them expired in the session registry; the next request in
 * such a session is refused and the session invalidated. The registry lives in this node's memory (see
 * docs/operations.md).
 */
@Component
class StaffSessions {

    private final SessionRegistry registry;

    StaffSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session in which this account is logged in; returns how many there were. */
    int endAll(String username) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user
                        && user.getUsername().equals(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .mapToInt(session -> expire(session))
                .sum();
    }

    private static int expire(SessionInformation session) {
        session.expireNow();
        return 1;
    }
}
