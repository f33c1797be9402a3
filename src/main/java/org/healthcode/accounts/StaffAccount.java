package org.healthcode.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A member of staff who logs in with a username and password and acts in one or more roles. */
public record StaffAccount(
        UUID id, String username, String displayName, Set<String> roles, boolean enabled, Instant createdAt) {}
