package dk.workbench.clients.cases;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dk.workbench.contracts.cases.Authority.AuthorityType;
import dk.workbench.contracts.cases.CaseDetail;
import dk.workbench.contracts.cases.CaseStatus;
import dk.workbench.contracts.cases.CaseSummary;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.JsonCall;
import dk.workbench.http.NotFoundException;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Client for the cases API (a citizen's cases after the SF1470 case index). Blocking and
 * thread-agnostic: call it from a background thread.
 *
 * <pre>{@code
 * CasesClient cases = new CasesClient(ApiEndpoint.of(URI.create("http://127.0.0.1:18080/"), shared));
 * List<CaseSummary> list = cases.listCases(cpr, null, null);
 * CaseDetail one = cases.getCase(list.get(0).caseNumber());
 * }</pre>
 *
 * <p>Sensitive cases the caller may not read come back in the list with {@code restricted}
 * true and no title; opening one throws {@link ForbiddenException}.
 */
public final class CasesClient {
  private static final JavaType SUMMARIES =
      TypeFactory.defaultInstance().constructCollectionType(List.class, CaseSummary.class);

  private final ApiEndpoint endpoint;
  private final JsonCall call;

  public CasesClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * A citizen's cases, newest first.
   *
   * @param status only cases with this current status, or {@code null} for all
   * @param authority only cases owned by this type of authority, or {@code null} for all
   * @throws NotFoundException when the register has no such citizen
   * @throws ApiException for any other failure (unreachable, timeout, refused, failed, unreadable answer)
   */
  public List<CaseSummary> listCases(CprNumber cpr, CaseStatus status, AuthorityType authority) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    HttpUrl.Builder url = endpoint.url("cases/v1/citizens").addPathSegment(cpr.value()).addPathSegment("cases");
    if (status != null) {
      url.addQueryParameter("status", status.name());
    }
    if (authority != null) {
      url.addQueryParameter("authority", authority.name());
    }
    return call.execute(get(url.build()), SUMMARIES);
  }

  /**
   * One case in full, with status history, parties, documents and deadlines.
   *
   * @throws ForbiddenException when the case is sensitive and the caller's role may not read it
   * @throws NotFoundException when there is no such case
   * @throws ApiException for any other failure
   */
  public CaseDetail getCase(String caseNumber) throws ApiException {
    Objects.requireNonNull(caseNumber, "caseNumber == null");
    return call.execute(get(endpoint.url("cases/v1/cases").addPathSegment(caseNumber).build()), CaseDetail.class);
  }

  private static Request get(HttpUrl url) {
    return new Request.Builder().url(url).header("Accept", "application/json").get().build();
  }
}
