package org.healthcode.login;

import java.util.Optional;
import java.util.UUID;
import org.healthcode.identity.PhoneNumber;

/** Finds the registered resident who holds a phone number; implemented by the residents feature. */
public interface AccountHolderLookup {

    Optional<UUID> residentWithPhone(PhoneNumber phone);
}
