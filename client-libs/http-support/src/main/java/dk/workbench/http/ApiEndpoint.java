package dk.workbench.http;

import dk.workbench.contracts.ContractsJson;
import java.net.URI;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Where an API client sends its calls: the back-end's root URL and the shared
 * {@link OkHttpClient} (from {@link HttpClients}). Every client is built from one:
 *
 * <pre>{@code
 * ApiEndpoint endpoint = ApiEndpoint.of(URI.create("http://127.0.0.1:18080/"), shared);
 * CprClient cpr = new CprClient(endpoint);
 * }</pre>
 *
 * @param baseUrl the root, e.g. {@code http://127.0.0.1:18080/}
 * @param http the shared client
 */
public record ApiEndpoint(HttpUrl baseUrl, OkHttpClient http) {
  public ApiEndpoint {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(http, "http == null");
  }

  /** @throws IllegalArgumentException if the URI is not an http(s) URL */
  public static ApiEndpoint of(URI baseUrl, OkHttpClient http) {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    return new ApiEndpoint(HttpUrl.get(baseUrl.toString()), http);
  }

  /** The base URL with these path segments (slash-separated, each encoded) added. */
  public HttpUrl.Builder url(String pathSegments) {
    return baseUrl.newBuilder().addPathSegments(pathSegments);
  }

  /** A {@link JsonCall} on the shared client with the contracts' JSON mapping. */
  public JsonCall jsonCall() {
    return new JsonCall(http, ContractsJson.newMapper());
  }
}
