package dk.workbench.sandbox.decisions;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import java.util.List;
import java.util.Optional;

/**
 * The decisions API: Payment Denmark's decisions with their facts and calculation trace.
 * {@code GET /decisions/v1/citizens/{cpr}/decisions[?benefit=]} lists a citizen's decisions
 * (newest first, without facts and trace); {@code GET /decisions/v1/decisions/{id}} gives one in
 * full. Both need the {@code DECISION_READ} privilege.
 */
public final class DecisionsApi implements SandboxModule {
  public static final String API = "decisions";

  private final SandboxContext context;
  private final DecisionBook book;

  public DecisionsApi(SandboxContext context, DecisionBook book) {
    this.context = context;
    this.book = book;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/decisions/v1/citizens/([^/]*)/decisions", this::list),
        Route.get(API, "/decisions/v1/decisions/([^/]*)", this::decision));
  }

  Response list(Request request) {
    request.require(StaffPrivilege.DECISION_READ);
    Person person = Citizens.find(context, request, 1);
    Optional<BenefitType> benefit = request.queryEnum("benefit", BenefitType.class);
    List<DecisionSummary> summaries = book.decisions(person).stream()
        .filter(d -> benefit.isEmpty() || d.benefit() == benefit.get())
        .map(DecisionRecord::summary)
        .toList();
    return Response.json(context.mapper(), 200, summaries);
  }

  Response decision(Request request) {
    request.require(StaffPrivilege.DECISION_READ);
    DecisionRecord found = book.find(request.pathParam(1)).orElseThrow(() -> new ProblemException(
        Problems.notFound("No decision with this id.", request.instance())));
    return Response.json(context.mapper(), 200, found.toContract(context.mapper()));
  }
}
