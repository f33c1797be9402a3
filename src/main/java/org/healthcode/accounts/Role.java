package org.healthcode.accounts;

import java.util.List;

/**
 * A staff role as stored in the {@code role} table. Roles are data: a feature that needs a new role adds a row by
 * migration and refers to it by its code; these constants name the roles that code checks for.
 */
public final class Role {

    public static final String ADMIN = "ADMIN";
    public static final String AUDITOR = "AUDITOR";
    public static final String SAMPLER = "SAMPLER";
    public static final String LAB = "LAB";
    public static final String VENUE_OPERATOR = "VENUE_OPERATOR";
    public static final String EPIDEMIOLOGIST = "EPIDEMIOLOGIST";
    public static final String VENUE_STAFF = "VENUE_STAFF";
    public static final String DISTRICT_OFFICE = "DISTRICT_OFFICE";

    /** Every staff role; holding any of them makes an account staff, with the staff pages and the checkpoint. */
    public static final List<String> STAFF =
            List.of(ADMIN, AUDITOR, SAMPLER, LAB, VENUE_OPERATOR, EPIDEMIOLOGIST, VENUE_STAFF, DISTRICT_OFFICE);

    private Role() {}
}
