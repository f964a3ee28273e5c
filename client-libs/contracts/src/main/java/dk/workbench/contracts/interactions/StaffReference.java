package dk.workbench.contracts.interactions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.workbench.contracts.auth.StaffRole;

/**
 * The staff member who recorded an interaction (taken from the bearer token, not the body).
 *
 * @param username the staff user's login
 * @param role their role
 * @param organisation their authority
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffReference(String username, StaffRole role, String organisation) {}
