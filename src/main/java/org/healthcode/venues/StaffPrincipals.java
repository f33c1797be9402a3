package org.healthcode.venues;

import java.security.Principal;
import java.util.UUID;
import org.healthcode.accounts.StaffAccounts;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.common.RejectedException;
import org.springframework.stereotype.Component;

/** Turns the logged-in staff member into their account id, which venues are owned by and assigned to. */
@Component
class StaffPrincipals {

    private final StaffAccounts accounts;

    StaffPrincipals(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    UUID accountId(Principal principal) {
        return accounts.findByUsername(principal.getName())
                .orElseThrow(() -> new RejectedException(CommonErrorCode.UNAUTHENTICATED))
                .id();
    }
}
