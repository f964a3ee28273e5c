package dk.workbench.sandbox.benefits;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import dk.workbench.sandbox.decisions.Citizens;
import dk.workbench.sandbox.decisions.DecisionBook;
import java.time.LocalDate;
import java.util.List;

/**
 * The benefits API (after the benefit index): {@code GET /benefits/v1/citizens/{cpr}/grants} and
 * {@code GET /benefits/v1/citizens/{cpr}/payments?from=&to=} (disposition dates, both inclusive;
 * default the last twelve months). Both need the {@code BENEFIT_READ} privilege.
 */
public final class BenefitsApi implements SandboxModule {
  public static final String API = "benefits";

  private final SandboxContext context;
  private final BenefitLedger ledger;

  public BenefitsApi(SandboxContext context, DecisionBook book) {
    this.context = context;
    this.ledger = new BenefitLedger(book, context.population().seed());
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/benefits/v1/citizens/([^/]*)/grants", this::grants),
        Route.get(API, "/benefits/v1/citizens/([^/]*)/payments", this::payments));
  }

  Response grants(Request request) {
    request.require(StaffPrivilege.BENEFIT_READ);
    Person person = Citizens.find(context, request, 1);
    return Response.json(context.mapper(), 200, ledger.grants(person, context.today()));
  }

  Response payments(Request request) {
    request.require(StaffPrivilege.BENEFIT_READ);
    LocalDate today = context.today();
    LocalDate to = request.queryDate("to").orElse(today);
    LocalDate from = request.queryDate("from").orElse(to.minusMonths(12));
    if (from.isAfter(to)) {
      throw request.badParameter("from", "must not be after 'to'");
    }
    Person person = Citizens.find(context, request, 1);
    return Response.json(context.mapper(), 200, ledger.payments(person, today, from, to));
  }
}
