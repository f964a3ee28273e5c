package dk.workbench.contracts.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code POST /sandbox/v1/token}: which demo staff user to act as.
 *
 * @param username the staff user's login (letters, digits, dot, dash; 1–64), e.g. {@code demo-agent}
 * @param role the role to hold
 * @param organisation the employing authority, e.g. "Udbetaling Danmark" (optional)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenRequest(String username, StaffRole role, String organisation) {}
