package dk.workbench.clients.health;

import dk.workbench.http.ApiEndpoint;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asks whether the back-end answers at all ({@code GET /sandbox/v1/health}): the signal behind
 * the workbench's online/offline indicator. Blocking; never throws.
 */
public final class HealthClient {
  private final ApiEndpoint endpoint;
  private final String path;

  /** @param path the health resource below the base URL, e.g. {@code sandbox/v1/health} */
  public HealthClient(ApiEndpoint endpoint, String path) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.path = Objects.requireNonNull(path, "path == null");
  }

  /**
   * The HTTP status the health resource answers with (200 when the back-end is up); for a
   * connection test that must say what failed.
   *
   * @throws IOException when no answer came: refused, unknown host, TLS handshake, time-out
   */
  public int status() throws IOException {
    Request request = new Request.Builder().url(endpoint.url(path).build()).get().build();
    try (Response response = endpoint.http().newCall(request).execute()) {
      return response.code();
    }
  }

  /** True when the back-end answered 2xx. */
  public boolean isUp() {
    Request request = new Request.Builder().url(endpoint.url(path).build()).get().build();
    try (Response response = endpoint.http().newCall(request).execute()) {
      return response.isSuccessful();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
