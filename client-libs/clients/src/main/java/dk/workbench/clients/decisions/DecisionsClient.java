package dk.workbench.clients.decisions;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.JsonCall;
import dk.workbench.http.NotFoundException;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Client for the decisions API: Payment Denmark's decisions with their facts and calculation
 * trace. {@link Decision#facts()} is a rules engine facts document and
 * {@link Decision#calculation()} an explanation document, so the caller can recompute:
 *
 * <pre>{@code
 * DecisionsClient decisions = new DecisionsClient(endpoint);
 * Decision d = decisions.getDecision(decisions.listDecisions(cpr, null).get(0).id());
 * Explanation ours = RulesEngine.standard().explain(Facts.parse(d.facts().toString()));
 * }</pre>
 *
 * Blocking and thread-agnostic.
 */
public final class DecisionsClient {
  private static final JavaType SUMMARIES =
      TypeFactory.defaultInstance().constructCollectionType(List.class, DecisionSummary.class);

  private final ApiEndpoint endpoint;
  private final JsonCall call;

  public DecisionsClient(ApiEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.call = endpoint.jsonCall();
  }

  /**
   * A citizen's decisions, newest first, without facts and trace.
   *
   * @param benefit only decisions on this benefit, or {@code null} for all
   * @throws NotFoundException when the register has no such citizen
   * @throws ApiException for any other failure (unreachable, timeout, refused, failed, unreadable answer)
   */
  public List<DecisionSummary> listDecisions(CprNumber cpr, BenefitType benefit) throws ApiException {
    Objects.requireNonNull(cpr, "cpr == null");
    HttpUrl.Builder url = endpoint.url("decisions/v1/citizens").addPathSegment(cpr.value()).addPathSegment("decisions");
    if (benefit != null) {
      url.addQueryParameter("benefit", benefit.name());
    }
    return call.execute(get(url.build()), SUMMARIES);
  }

  /**
   * One decision with its facts, their sources and the back-end's calculation trace.
   *
   * @throws NotFoundException when there is no such decision
   * @throws ApiException for any other failure
   */
  public Decision getDecision(String id) throws ApiException {
    Objects.requireNonNull(id, "id == null");
    return call.execute(get(endpoint.url("decisions/v1/decisions").addPathSegment(id).build()), Decision.class);
  }

  private static Request get(HttpUrl url) {
    return new Request.Builder().url(url).header("Accept", "application/json").get().build();
  }
}
