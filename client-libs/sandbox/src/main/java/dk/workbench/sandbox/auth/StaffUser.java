package dk.workbench.sandbox.auth;

import dk.workbench.contracts.auth.StaffRole;

/** The demo staff user behind a bearer token. */
public record StaffUser(String username, StaffRole role, String organisation) {}
