package dk.workbench.sandbox.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessLogPage;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.accesslog.Actor;
import dk.workbench.contracts.accesslog.NewAccessLogEntry;
import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.sandbox.IdempotencyStore;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import dk.workbench.sandbox.fuldmagt.PowersOfAttorney;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The access-log API (after Estonia's Data Tracker and Denmark's MinLog):
 * {@code GET /accesslog/v1/citizens/{cpr}/entries} pages a citizen's log newest first with the
 * total for the filter ({@code from}, {@code to}, {@code organisation}, {@code action},
 * {@code purpose}, and the free text {@code q}: every word in the entry's searchable text, see
 * {@link AccessLogFilter#searchable}); {@code POST /accesslog/v1/entries} records the workbench's own access with a
 * required {@code Idempotency-Key}. Needs {@link StaffPrivilege#ACCESS_LOG_READ} /
 * {@link StaffPrivilege#ACCESS_LOG_WRITE}. See {@link AccessLogs} for the data.
 */
public final class AccessLogApi implements SandboxModule {
  public static final String API = "accesslog";
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;
  public static final int MAX_PAGE = 1_000_000;
  private static final int MAX_TEXT = 200;
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final SandboxContext context;
  private final AccessLogs logs;
  private final IdempotencyStore<NewAccessLogEntry, AccessLogEntry> writes = new IdempotencyStore<>(100_000);

  public AccessLogApi(SandboxContext context) {
    this.context = context;
    this.logs = new AccessLogs(context.population(), PowersOfAttorney.of(context.population()), context.clock());
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/accesslog/v1/citizens/([^/]*)/entries", this::entries),
        Route.post(API, "/accesslog/v1/entries", this::record));
  }

  /** The logs served (for the benchmark and tests). */
  public AccessLogs logs() {
    return logs;
  }

  Response entries(Request request) {
    request.require(StaffPrivilege.ACCESS_LOG_READ);
    String cpr = cpr(request.pathParam(1), "The CPR number in the path", request);
    int page = request.queryInt("page", 0, 0, MAX_PAGE);
    int size = request.queryInt("size", DEFAULT_SIZE, 1, MAX_SIZE);
    Optional<LocalDate> from = request.queryDate("from");
    Optional<LocalDate> to = request.queryDate("to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw request.badParameter("from", "must not be after 'to'");
    }
    String organisation = request.query("organisation").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    if (organisation != null && organisation.length() > MAX_TEXT) {
      throw request.badParameter("organisation", "must be a CVR number or a name of at most " + MAX_TEXT + " characters");
    }
    String q = request.query("q").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    if (q != null && q.length() > MAX_TEXT) {
      throw request.badParameter("q", "must be at most " + MAX_TEXT + " characters");
    }
    AccessLogFilter filter = new AccessLogFilter(
        from.map(d -> Instant.ofEpochSecond(AccessLogs.startOf(d))).orElse(null),
        to.map(d -> Instant.ofEpochSecond(AccessLogs.startOf(d.plusDays(1)))).orElse(null),
        organisation,
        request.queryEnum("action", AccessAction.class).orElse(null),
        request.queryEnum("purpose", AccessPurpose.class).orElse(null),
        AccessLogFilter.words(q));
    AccessLogPage answer = logs.page(cpr, filter, page, size).orElseThrow(() -> new ProblemException(
        Problems.notFound("No person with this CPR number in the sandbox population.", request.instance())));
    return Response.json(context.mapper(), 200, answer);
  }

  Response record(Request request) {
    request.require(StaffPrivilege.ACCESS_LOG_WRITE);
    String key = IdempotencyStore.key(request);
    NewAccessLogEntry body = request.bodyAs(context.mapper(), NewAccessLogEntry.class);
    String cpr = validate(body, request);
    return writes.apply(key, body, () -> {
      AccessLogEntry entry = new AccessLogEntry(UUID.randomUUID().toString(),
          body.timestamp() != null ? body.timestamp() : context.clock().instant(), body.actor(), body.system(),
          body.action(), body.dataCategories(), body.purpose(), body.legalBasis(), body.onBehalfOf(),
          body.correlationId() != null ? body.correlationId() : request.correlationId());
      logs.record(cpr, entry);
      return entry;
    }, request.instance()).toResponse(context.mapper());
  }

  /** The citizen's ten digits, or a 400 problem naming the first field that is wrong. */
  private String validate(NewAccessLogEntry body, Request request) {
    if (body.citizen() == null) {
      throw field("citizen", "is required", request);
    }
    String cpr = cpr(body.citizen(), "The body's field 'citizen'", request);
    if (context.population().find(cpr).isEmpty()) {
      throw field("citizen", "names no person in the sandbox population", request);
    }
    Actor actor = body.actor();
    if (actor == null || actor.type() == null) {
      throw field("actor.type", "is required", request);
    }
    if (actor.organisation() == null || blank(actor.organisation().name())
        || actor.organisation().name().length() > MAX_TEXT) {
      throw field("actor.organisation.name", "is required (at most " + MAX_TEXT + " characters)", request);
    }
    if (actor.organisation().cvr() == null || !actor.organisation().cvr().matches("[0-9]{8}")) {
      throw field("actor.organisation.cvr", "must be eight digits", request);
    }
    if (actor.nameWithheld() && actor.employeeName() != null) {
      throw field("actor.employeeName", "must be left out when 'nameWithheld' is true", request);
    }
    if (blank(body.system()) || body.system().length() > MAX_TEXT) {
      throw field("system", "is required (at most " + MAX_TEXT + " characters)", request);
    }
    if (body.action() == null) {
      throw field("action", "is required", request);
    }
    if (body.dataCategories().isEmpty()) {
      throw field("dataCategories", "needs at least one category", request);
    }
    if (body.purpose() == null) {
      throw field("purpose", "is required", request);
    }
    if (body.legalBasis() == null || blank(body.legalBasis().text()) || blank(body.legalBasis().reference())) {
      throw field("legalBasis", "needs 'text' and 'reference'", request);
    }
    if (body.onBehalfOf() != null) {
      cpr(String.valueOf(body.onBehalfOf().cpr()), "The body's field 'onBehalfOf.cpr'", request);
      if (blank(body.onBehalfOf().powerId())) {
        throw field("onBehalfOf.powerId", "is required", request);
      }
    }
    if (body.correlationId() != null && (body.correlationId().isBlank() || body.correlationId().length() > 128)) {
      throw field("correlationId", "must be 1 to 128 characters", request);
    }
    if (body.timestamp() != null && body.timestamp().isAfter(context.clock().instant().plus(CLOCK_SKEW))) {
      throw field("timestamp", "must not lie in the future", request);
    }
    return cpr;
  }

  private String cpr(String text, String what, Request request) {
    try {
      return CprNumber.parse(text, context.today()).value();
    } catch (InvalidCprNumberException e) {
      throw new ProblemException(Problems.invalidCpr(what + " is not a CPR number (ten digits, ddmmyyssss).",
          request.instance()));
    }
  }

  private static ProblemException field(String name, String what, Request request) {
    return new ProblemException(Problems.badRequest("The body's field '" + name + "' " + what + ".", request.instance()));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
