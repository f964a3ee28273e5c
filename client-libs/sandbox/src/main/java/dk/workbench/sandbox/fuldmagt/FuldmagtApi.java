package dk.workbench.sandbox.fuldmagt;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.fuldmagt.PowerCheckRequest;
import dk.workbench.contracts.fuldmagt.PowerCheckResult;
import dk.workbench.contracts.fuldmagt.PowerList;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The powers-of-attorney API (after Digital Fuldmagt): {@code GET /fuldmagt/v1/powers?grantor=}
 * or {@code ?grantee=}, {@code GET /fuldmagt/v1/powers/{id}} and {@code POST /fuldmagt/v1/check}.
 * The powers are {@link PowersOfAttorney derived} from the population; statuses are as of the
 * sandbox's today. Needs {@link StaffPrivilege#POWER_OF_ATTORNEY_READ}. Sandbox control:
 * {@code POST /sandbox/v1/powers/{id}/revoke} revokes a power from today at run time.
 */
public final class FuldmagtApi implements SandboxModule {
  public static final String API = "fuldmagt";

  private final SandboxContext context;
  private final PowersOfAttorney powers;
  /** Powers revoked at run time (per sandbox instance): id → the day. */
  private final java.util.Map<String, LocalDate> revocations = new java.util.concurrent.ConcurrentHashMap<>();

  public FuldmagtApi(SandboxContext context) {
    this.context = context;
    this.powers = PowersOfAttorney.of(context.population());
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/fuldmagt/v1/powers", this::list),
        Route.get(API, "/fuldmagt/v1/powers/([^/]*)", this::one),
        Route.post(API, "/fuldmagt/v1/check", this::check),
        Route.post(Route.SANDBOX_API, "/sandbox/v1/powers/([^/]*)/revoke", this::revoke).open());
  }

  /**
   * Sandbox control, not part of the contract: revokes a power from today (as the grantor would
   * in Digital Fuldmagt), so that a running session meets the revocation. Kept in memory for
   * this sandbox instance; 200 with the power as it now is, 404 for an unknown id.
   */
  Response revoke(Request request) {
    PowerOfAttorney power = powers.byId(request.pathParam(1)).orElseThrow(() -> new ProblemException(
        Problems.notFound("No power of attorney with this id.", request.instance())));
    LocalDate today = context.today();
    revocations.merge(power.id(), today, (a, b) -> a.isBefore(b) ? a : b);
    return Response.json(context.mapper(), 200, current(power));
  }

  /** The stored power with a run-time revocation applied. */
  private PowerOfAttorney current(PowerOfAttorney p) {
    LocalDate on = revocations.get(p.id());
    return on == null || p.revokedOn() != null && !p.revokedOn().isAfter(on) ? p : PowersOfAttorney.revoked(p, on);
  }

  /** By grantor, by grantee, or both (the powers between the two); 400 when neither is given. */
  Response list(Request request) {
    request.require(StaffPrivilege.POWER_OF_ATTORNEY_READ);
    Optional<String> grantor = request.query("grantor").map(t -> cpr(t, "Query parameter 'grantor'", request));
    Optional<String> grantee = request.query("grantee").map(t -> party(t, "Query parameter 'grantee'", request));
    if (grantor.isEmpty() && grantee.isEmpty()) {
      throw new ProblemException(Problems.badRequest(
          "Give query parameter 'grantor' (a CPR number) or 'grantee' (a CPR or CVR number).", request.instance()));
    }
    List<PowerOfAttorney> found = grantor.isPresent() ? powers.grantedBy(grantor.get()) : powers.grantedTo(grantee.get());
    LocalDate today = context.today();
    List<PowerOfAttorney> answer = found.stream()
        .filter(p -> grantee.isEmpty() || grantee.get().equals(p.grantee().identifier()))
        .map(p -> PowersOfAttorney.asOf(current(p), today))
        .toList();
    return Response.json(context.mapper(), 200, new PowerList(answer));
  }

  Response one(Request request) {
    request.require(StaffPrivilege.POWER_OF_ATTORNEY_READ);
    PowerOfAttorney power = powers.byId(request.pathParam(1)).orElseThrow(() -> new ProblemException(
        Problems.notFound("No power of attorney with this id.", request.instance())));
    return Response.json(context.mapper(), 200, PowersOfAttorney.asOf(current(power), context.today()));
  }

  /** 200 with the answer whether allowed or not; 400 when a field is missing or malformed. */
  Response check(Request request) {
    request.require(StaffPrivilege.POWER_OF_ATTORNEY_READ);
    PowerCheckRequest body = request.bodyAs(context.mapper(), PowerCheckRequest.class);
    if (body.grantor() == null || body.grantee() == null || body.privilege() == null) {
      throw new ProblemException(Problems.badRequest(
          "The body needs 'grantor', 'grantee' and 'privilege' ('at' is optional).", request.instance()));
    }
    String grantor = cpr(body.grantor(), "The body's field 'grantor'", request);
    String grantee = party(body.grantee(), "The body's field 'grantee'", request);
    LocalDate at = body.at() != null ? body.at() : context.today();
    PowerCheckResult result = powers.check(grantor, grantee, body.privilege(), at, this::current);
    return Response.json(context.mapper(), 200, result);
  }

  private String cpr(String text, String what, Request request) {
    try {
      return CprNumber.parse(text, context.today()).value();
    } catch (InvalidCprNumberException e) {
      throw new ProblemException(Problems.invalidCpr(what + " is not a CPR number (ten digits, ddmmyyssss).",
          request.instance()));
    }
  }

  /** A CVR number (eight digits) as it is, or a CPR number as ten digits. */
  private String party(String text, String what, Request request) {
    String t = text.strip();
    if (t.matches("[0-9]{8}")) {
      return t;
    }
    try {
      return CprNumber.parse(t, context.today()).value();
    } catch (InvalidCprNumberException e) {
      throw new ProblemException(Problems.badRequest(
          what + " is neither a CPR number (ten digits) nor a CVR number (eight digits).", request.instance()));
    }
  }

  /** The derived powers (for the access log's representatives and for tests). */
  public PowersOfAttorney powers() {
    return powers;
  }
}
