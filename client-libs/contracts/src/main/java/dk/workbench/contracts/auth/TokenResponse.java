package dk.workbench.contracts.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A bearer token for one staff user, sent as {@code Authorization: Bearer <accessToken>}.
 *
 * @param accessToken the opaque token
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until it expires
 * @param username the staff user
 * @param role the role it carries
 * @param organisation the employing authority
 * @param privileges what the role allows
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String username, StaffRole role,
    String organisation, List<StaffPrivilege> privileges) {

  /** No token in logs. */
  @Override
  public String toString() {
    return "TokenResponse[username=" + username + ", role=" + role + ", expiresIn=" + expiresIn + "]";
  }
}
