package org.healthcode.login;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.healthcode.identity.PhoneNumber;

/**
 * A resident who proved control of a phone number with a one-time code. Before registration there is no resident id
 * yet; the registration then continues with the proven number.
 *
 * @param phone the canonical (E.164) phone number; kept only in the server-side session, never logged
 * @param residentId the registered resident, if any
 */
public record ResidentPrincipal(String phone, UUID residentId) implements Serializable {

    public Optional<UUID> registeredId() {
        return Optional.ofNullable(residentId);
    }

    /** The registered resident's id; refuses callers who have not registered yet. */
    public UUID requireRegistered() {
        if (residentId == null) {
            throw new RejectedException(LoginErrorCode.NOT_REGISTERED);
        }
        return residentId;
    }

    public PhoneNumber phoneNumber() {
        return PhoneNumber.of(phone);
    }

    public ResidentPrincipal registeredAs(UUID id) {
        return new ResidentPrincipal(phone, id);
    }

    @Override
    public String toString() {
        return "ResidentPrincipal[" + (residentId == null ? "unregistered" : residentId) + "]";
    }
}
