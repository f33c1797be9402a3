package org.healthcode.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Records staff password logins (form or HTTP Basic) as security events and feeds the login throttle. Residents log
 * in by one-time code and never reach here. A failed login names the username only when an account of that name
 * exists: what someone typed into the username field may be a password or a person's details.
 */
@Component
class StaffLogins {

    private static final Logger log = LoggerFactory.getLogger(StaffLogins.class);

    private final StaffLoginThrottle throttle;
    private final StaffAccounts accounts;

    StaffLogins(StaffLoginThrottle throttle, StaffAccounts accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent success) {
        if (!(success.getAuthentication().getPrincipal() instanceof UserDetails staff)) {
            return;
        }

        throttle.succeeded(staff.getUsername());
        log.atInfo()
                .setMessage("staff login")
                .addKeyValue("username", staff.getUsername())
                .addKeyValue("outcome", "succeeded")
                .addKeyValue("security", true)
                .log();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent failure) {
        String username = failure.getAuthentication().getName();
        boolean lockedBefore = throttle.isLocked(username);
        boolean lockedNow = throttle.failed(username);
        boolean known = accounts.findByUsername(username).isPresent();
        log.atWarn()
                .setMessage("staff login")
                .addKeyValue("username", known ? username : "(no such account)")
                .addKeyValue("outcome", outcome(lockedBefore, lockedNow))
                .addKeyValue("reason", failure.getException().getClass().getSimpleName())
                .addKeyValue("security", true)
                .log();
    }

    private static String outcome(boolean lockedBefore, boolean lockedNow) {
        if (lockedBefore) {
            return "refused-while-locked";
        }
        return lockedNow ? "failed-and-locked" : "failed";
    }
}
