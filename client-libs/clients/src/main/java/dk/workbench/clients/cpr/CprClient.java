package dk.workbench.clients.cpr;

import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.JsonCall;
import dk.workbench.http.NotFoundException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Client for the CPR person API ({@code GET /cpr/v1/persons/{cpr}}, after KOMBIT SF1520).
 * Blocking and thread-agnostic: call it from a background thread.
 *
 * <pre>{@code
 * CprClient cpr = new CprClient(ApiEndpoint.of(URI.create("http://127.0.0.1:18080/"), shared));
 * Person person = cpr.lookupPerson(CprNumber.parse("0707614285"));
 * }</pre>
 */
public final class CprClient {
  private final ApiEndpoint endpoint;
  private final JsonCall call;

  public CprClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * Looks one person up.
   *
   * @throws NotFoundException when the register has no such person
   * @throws ApiException for any other failure (unreachable, timeout, refused, failed, unreadable answer)
   */
  public Person lookupPerson(CprNumber cpr) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    HttpUrl url = endpoint.url("cpr/v1/persons").addPathSegment(cpr.value()).build();
    return call.execute(new Request.Builder().url(url).header("Accept", "application/json").get().build(), Person.class);
  }
}
