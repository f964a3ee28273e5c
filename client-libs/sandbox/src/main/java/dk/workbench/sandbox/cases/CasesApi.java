package dk.workbench.sandbox.cases;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.cases.Authority.AuthorityType;
import dk.workbench.contracts.cases.CaseDetail;
import dk.workbench.contracts.cases.CaseStatus;
import dk.workbench.contracts.cases.CaseSummary;
import dk.workbench.contracts.cases.Sensitivity;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import dk.workbench.sandbox.decisions.Citizens;
import dk.workbench.sandbox.decisions.DecisionBook;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The cases API (after the SF1470 case index):
 * {@code GET /cases/v1/citizens/{cpr}/cases?status=&authority=} lists a citizen's cases, newest
 * first; {@code GET /cases/v1/cases/{caseNumber}} gives one in full. Both need
 * {@code CASE_READ}. Sensitive and confidential cases need {@code SENSITIVE_CASE_READ} too: without
 * it they are listed with title and classification withheld, and opening one answers 403.
 */
public final class CasesApi implements SandboxModule {
  public static final String API = "cases";

  private final SandboxContext context;
  private final CaseBook book;

  public CasesApi(SandboxContext context, DecisionBook decisions) {
    this.context = context;
    this.book = new CaseBook(decisions, context.population().seed());
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/cases/v1/citizens/([^/]*)/cases", this::list),
        Route.get(API, "/cases/v1/cases/([^/]*)", this::detail));
  }

  Response list(Request request) {
    request.require(StaffPrivilege.CASE_READ);
    Optional<CaseStatus> status = request.queryEnum("status", CaseStatus.class);
    Predicate<CaseDetail> authority = authorityFilter(request);
    Person person = Citizens.find(context, request, 1);
    boolean mayReadSensitive = request.staff().role().may(StaffPrivilege.SENSITIVE_CASE_READ);
    List<CaseSummary> cases = book.cases(person, context.today()).stream()
        .filter(c -> status.isEmpty() || c.status() == status.get())
        .filter(authority)
        .map(c -> summary(c, mayReadSensitive || c.sensitivity() == Sensitivity.NORMAL))
        .toList();
    return Response.json(context.mapper(), 200, cases);
  }

  Response detail(Request request) {
    request.require(StaffPrivilege.CASE_READ);
    CaseDetail found = book.find(request.pathParam(1), context.today()).orElseThrow(() -> new ProblemException(
        Problems.notFound("No case with this case number.", request.instance())));
    if (found.sensitivity() != Sensitivity.NORMAL) {
      request.require(StaffPrivilege.SENSITIVE_CASE_READ);
    }
    return Response.json(context.mapper(), 200, found);
  }

  /** {@code authority} is an authority type (MUNICIPALITY, …) or an eight-digit CVR number. */
  private static Predicate<CaseDetail> authorityFilter(Request request) {
    Optional<String> value = request.query("authority").map(String::strip);
    if (value.isEmpty()) {
      return c -> true;
    }
    if (value.get().matches("[0-9]{8}")) {
      return c -> c.authority().cvr().equals(value.get());
    }
    AuthorityType type = request.queryEnum("authority", AuthorityType.class).orElseThrow();
    return c -> c.authority().type() == type;
  }

  private static CaseSummary summary(CaseDetail c, boolean visible) {
    var statusDate = c.statusHistory().get(c.statusHistory().size() - 1).date();
    return new CaseSummary(c.caseNumber(), visible ? c.title() : null, !visible, visible ? c.kle() : null,
        visible ? c.facet() : null, c.status(), statusDate, c.citizenStatusText(), c.sensitivity(), c.authority(),
        c.responsibleUnit(), c.opened(), visible ? c.deadlines() : List.of());
  }
}
