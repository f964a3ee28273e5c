package dk.workbench.clients.benefits;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dk.workbench.contracts.benefits.Grant;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.JsonCall;
import dk.workbench.http.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Client for the benefits API: a citizen's grants and payments. Amounts are exact
 * {@link java.math.BigDecimal}s (kroner, two decimals). Blocking and thread-agnostic.
 *
 * <pre>{@code
 * BenefitsClient benefits = new BenefitsClient(endpoint);
 * List<Grant> grants = benefits.listGrants(cpr);
 * List<Payment> lastYear = benefits.listPayments(cpr, null, null);
 * }</pre>
 */
public final class BenefitsClient {
  private static final JavaType GRANTS = TypeFactory.defaultInstance().constructCollectionType(List.class, Grant.class);
  private static final JavaType PAYMENTS = TypeFactory.defaultInstance().constructCollectionType(List.class, Payment.class);

  private final ApiEndpoint endpoint;
  private final JsonCall call;

  public BenefitsClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * A citizen's grants, newest first.
   *
   * @throws NotFoundException when the register has no such citizen
   * @throws ApiException for any other failure (unreachable, timeout, refused, failed, unreadable answer)
   */
  public List<Grant> listGrants(CprNumber cpr) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    return call.execute(get(citizen(cpr).addPathSegment("grants").build()), GRANTS);
  }

  /**
   * A citizen's payments with a disposition date from {@code from} to {@code to} (both
   * inclusive), newest first.
   *
   * @param from first day, or {@code null} for twelve months before {@code to}
   * @param to last day, or {@code null} for today
   * @throws NotFoundException when the register has no such citizen
   * @throws ApiException for any other failure; a 400 ({@link dk.workbench.http.ClientErrorException}) when
   *     {@code from} is after {@code to}
   */
  public List<Payment> listPayments(CprNumber cpr, LocalDate from, LocalDate to) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    HttpUrl.Builder url = citizen(cpr).addPathSegment("payments");
    if (from != null) {
      url.addQueryParameter("from", from.toString());
    }
    if (to != null) {
      url.addQueryParameter("to", to.toString());
    }
    return call.execute(get(url.build()), PAYMENTS);
  }

  private HttpUrl.Builder citizen(CprNumber cpr) {
    return endpoint.url("benefits/v1/citizens").addPathSegment(cpr.value());
  }

  private static Request get(HttpUrl url) {
    return new Request.Builder().url(url).header("Accept", "application/json").get().build();
  }
}
