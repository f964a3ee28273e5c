package dk.workbench.clients.auth;

import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.auth.TokenRequest;
import dk.workbench.contracts.auth.TokenResponse;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.TokenSource;
import java.io.IOException;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Bearer tokens from the sandbox's {@code POST /sandbox/v1/token} for one demo staff user.
 * Caches the token until the back-end rejects it. Thread-safe.
 *
 * <p>The endpoint's client must be a plain one (without a {@link TokenSource}), or fetching a
 * token would ask for a token.
 */
public final class SandboxTokenSource implements TokenSource {
  private static final MediaType JSON = MediaType.get("application/json");

  private final ApiEndpoint endpoint;
  private final TokenRequest user;
  private TokenResponse current;

  public SandboxTokenSource(ApiEndpoint endpoint, String username, StaffRole role, String organisation) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.user = new TokenRequest(username, Objects.requireNonNull(role, "role == null"), organisation);
  }

  /** The token's details (user, role, privileges), fetching one if needed. */
  public synchronized TokenResponse session() throws ApiException {
    if (current == null) {
      byte[] body;
      try {
        body = ContractsJson.newMapper().writeValueAsBytes(user);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Request request = new Request.Builder().url(endpoint.url("sandbox/v1/token").build())
          .post(RequestBody.create(body, JSON)).build();
      current = endpoint.jsonCall().execute(request, TokenResponse.class);
    }
    return current;
  }

  @Override
  public String token() throws IOException {
    try {
      return session().accessToken();
    } catch (ApiException e) {
      throw new IOException("No bearer token from the sandbox (status " + e.status() + ")", e);
    }
  }

  @Override
  public synchronized void invalidate(String token) {
    if (current != null && current.accessToken().equals(token)) {
      current = null;
    }
  }
}
