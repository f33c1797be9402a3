package org.healthcode.accounts;

/**
 * A staff role as stored in the {@code role} table. Roles are data: a feature that needs a new role adds a row by
 * migration and refers to it by its code; these constants name the roles that code checks for.
 */
public final class Role {

    public static final String ADMIN = "ADMIN";
    public static final String AUDITOR = "AUDITOR";

    private Role() {}
}
