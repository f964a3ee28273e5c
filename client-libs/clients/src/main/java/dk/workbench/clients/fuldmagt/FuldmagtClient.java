package dk.workbench.clients.fuldmagt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.PowerCheckRequest;
import dk.workbench.contracts.fuldmagt.PowerCheckResult;
import dk.workbench.contracts.fuldmagt.PowerList;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.JsonCall;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.RetryPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Client for the powers-of-attorney API (after Digital Fuldmagt): the powers a citizen granted
 * or holds, one power, and the check whether a grantee may use a privilege for a grantor.
 * Blocking and thread-agnostic: call it from a background thread.
 *
 * <pre>{@code
 * FuldmagtClient fuldmagt = new FuldmagtClient(endpoint);
 * PowerCheckResult r = fuldmagt.check(grantor, son.value(), FuldmagtPrivilege.READ_BENEFITS, null);
 * if (!r.allowed()) show(r.reason());
 * }</pre>
 */
public final class FuldmagtClient {
  private static final MediaType JSON = MediaType.get("application/json");

  private final ApiEndpoint endpoint;
  private final JsonCall call;
  private final ObjectMapper mapper = ContractsJson.newMapper();

  public FuldmagtClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * The powers the citizen granted, oldest first, with statuses as of today.
   *
   * @throws ApiException for any failure (unreachable, timeout, refused, failed, unreadable answer)
   */
  public List<PowerOfAttorney> grantedBy(CprNumber grantor) throws ApiException {
    Objects.requireNonNull(grantor, "grantor == null");
    return list(endpoint.url("fuldmagt/v1/powers").addQueryParameter("grantor", grantor.value()).build());
  }

  /** The powers a person holds (as grantee), oldest first. */
  public List<PowerOfAttorney> heldBy(CprNumber grantee) throws ApiException {
    Objects.requireNonNull(grantee, "grantee == null");
    return list(endpoint.url("fuldmagt/v1/powers").addQueryParameter("grantee", grantee.value()).build());
  }

  /**
   * The powers an organisation holds, by its CVR number (eight digits).
   *
   * @throws IllegalArgumentException if the CVR number is not eight digits
   */
  public List<PowerOfAttorney> heldByOrganisation(String cvr) throws ApiException {
    Objects.requireNonNull(cvr, "cvr == null");
    if (!cvr.matches("[0-9]{8}")) {
      throw new IllegalArgumentException("a CVR number has eight digits");
    }
    return list(endpoint.url("fuldmagt/v1/powers").addQueryParameter("grantee", cvr).build());
  }

  /**
   * One power by its id.
   *
   * @throws NotFoundException when there is no such power
   * @throws ApiException for any other failure
   */
  public PowerOfAttorney power(String id) throws ApiException {
    Objects.requireNonNull(id, "id == null");
    HttpUrl url = endpoint.url("fuldmagt/v1/powers").addPathSegment(id).build();
    return call.execute(get(url), PowerOfAttorney.class);
  }

  /**
   * Whether the grantee may use the privilege for the grantor on a day, with the reason and the
   * power the answer rests on. The check changes nothing, so it is sent with a fresh
   * {@code Idempotency-Key} and may be retried.
   *
   * @param grantee the grantee's CPR number (ten digits) or CVR number (eight digits)
   * @param at the day asked about; null for today
   * @throws ApiException for any failure (400 for a malformed grantee)
   */
  public PowerCheckResult check(CprNumber grantor, String grantee, FuldmagtPrivilege privilege, LocalDate at)
      throws ApiException {
    Objects.requireNonNull(grantor, "grantor == null");
    Objects.requireNonNull(grantee, "grantee == null");
    Objects.requireNonNull(privilege, "privilege == null");
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(new PowerCheckRequest(grantor.value(), grantee, privilege, at));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Request request = new Request.Builder().url(endpoint.url("fuldmagt/v1/check").build())
        .header("Accept", "application/json")
        .header(RetryPolicy.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
        .post(RequestBody.create(body, JSON))
        .build();
    return call.execute(request, PowerCheckResult.class);
  }

  private List<PowerOfAttorney> list(HttpUrl url) throws ApiException {
    return call.execute(get(url), PowerList.class).powers();
  }

  private static Request get(HttpUrl url) {
    return new Request.Builder().url(url).header("Accept", "application/json").get().build();
  }
}
