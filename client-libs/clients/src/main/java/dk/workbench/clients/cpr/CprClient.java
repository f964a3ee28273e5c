package dk.workbench.clients.cpr;

import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.http.ApiException;
import dk.workbench.http.JsonCall;
import dk.workbench.http.NotFoundException;
import java.net.URI;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Client for the CPR person API ({@code GET /cpr/v1/persons/{cpr}}, after KOMBIT SF1520).
 * Blocking and thread-agnostic: call it from a background thread.
 *
 * <pre>{@code
 * CprClient cpr = CprClient.builder().baseUrl(URI.create("http://127.0.0.1:18080/")).httpClient(shared).build();
 * Person person = cpr.lookupPerson(CprNumber.parse("0707614285"));
 * }</pre>
 */
public final class CprClient {
  private final HttpUrl baseUrl;
  private final JsonCall call;

  private CprClient(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.call = new JsonCall(builder.httpClient, ContractsJson.newMapper());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Looks one person up.
   *
   * @throws NotFoundException when the register has no such person
   * @throws ApiException for any other failure (unreachable, timeout, refused, failed, unreadable answer)
   */
  public Person lookupPerson(CprNumber cpr) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    HttpUrl url = baseUrl.newBuilder().addPathSegments("cpr/v1/persons").addPathSegment(cpr.value()).build();
    return call.execute(new Request.Builder().url(url).header("Accept", "application/json").get().build(), Person.class);
  }

  /** Builds a {@link CprClient}; base URL and HTTP client are required. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private OkHttpClient httpClient;

    private Builder() {}

    /** The back-end's root, e.g. {@code http://127.0.0.1:18080/}. */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl parsed = HttpUrl.get(baseUrl.toString());
      this.baseUrl = parsed;
      return this;
    }

    /** The shared client from {@code HttpClients.newClient}. */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    public CprClient build() {
      Objects.requireNonNull(baseUrl, "baseUrl not set");
      Objects.requireNonNull(httpClient, "httpClient not set");
      return new CprClient(this);
    }
  }
}
