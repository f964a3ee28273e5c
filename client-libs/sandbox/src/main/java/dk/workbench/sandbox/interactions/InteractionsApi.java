package dk.workbench.sandbox.interactions;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.interactions.Assignment;
import dk.workbench.contracts.interactions.FollowUp;
import dk.workbench.contracts.interactions.FollowUpList;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.contracts.interactions.InteractionList;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.contracts.interactions.StaffReference;
import dk.workbench.sandbox.IdempotencyStore;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interactions API: {@code GET /interactions/v1/citizens/{cpr}/interactions} lists a
 * citizen's calls and visits newest first (a few deterministic earlier ones plus those
 * recorded); {@code POST} on the same path records one, the staff member taken from the token,
 * with a required {@code Idempotency-Key}. Needs {@link StaffPrivilege#INTERACTION_READ} /
 * {@link StaffPrivilege#INTERACTION_WRITE}.
 */
public final class InteractionsApi implements SandboxModule {
  public static final String API = "interactions";
  public static final int MAX_NOTES = 4_000;
  private static final int MAX_REASONS = 5;
  private static final int RECORDED_PER_CITIZEN = 1_000;
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  private static final Comparator<Interaction> NEWEST_FIRST = Comparator.comparing(Interaction::occurredAt).reversed();

  /** What a repeated key must match: the citizen, the body and the staff user. */
  private record Write(String cpr, NewInteraction body, String username) {}

  private final SandboxContext context;
  private final Map<String, List<Interaction>> recorded = new ConcurrentHashMap<>();
  private final IdempotencyStore<Write, Interaction> writes = new IdempotencyStore<>(100_000);

  public InteractionsApi(SandboxContext context) {
    this.context = context;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/interactions/v1/citizens/([^/]*)/interactions", this::list),
        Route.post(API, "/interactions/v1/citizens/([^/]*)/interactions", this::record),
        Route.get(API, "/interactions/v1/followups", this::followUps),
        Route.put(API, "/interactions/v1/interactions/([^/]*)/assignee", this::assign));
  }

  Response list(Request request) {
    request.require(StaffPrivilege.INTERACTION_READ);
    Person person = person(request);
    List<Interaction> all = new ArrayList<>(recorded.getOrDefault(person.personnummer(), List.of()));
    all.addAll(EarlierInteractions.forPerson(context.population(), person, context.today()));
    all.sort(NEWEST_FIRST);
    return Response.json(context.mapper(), 200, new InteractionList(all));
  }

  Response record(Request request) {
    request.require(StaffPrivilege.INTERACTION_WRITE);
    Person person = person(request);
    String key = IdempotencyStore.key(request);
    NewInteraction body = request.bodyAs(context.mapper(), NewInteraction.class);
    validate(body, request);
    var staff = request.staff();
    Write write = new Write(person.personnummer(), body, staff.username());
    return writes.apply(key, write, () -> {
      Instant now = context.clock().instant();
      Interaction interaction = new Interaction(UUID.randomUUID().toString(),
          body.occurredAt() != null ? body.occurredAt() : now, now, body.channel(), body.reasons(), body.notes(),
          body.outcome(), body.followUpDate(), new StaffReference(staff.username(), staff.role(), staff.organisation()),
          body.followUpAssignee());
      store(person.personnummer(), interaction);
      return interaction;
    }, request.instance()).toResponse(context.mapper());
  }

  /** The work queue: recorded interactions needing a follow-up, optionally of one assignee, earliest date first. */
  Response followUps(Request request) {
    request.require(StaffPrivilege.INTERACTION_READ);
    String assignee = request.query("assignee").orElse(null);
    List<FollowUp> open = new ArrayList<>();
    recorded.forEach((cpr, list) -> list.stream()
        .filter(i -> i.outcome() == InteractionOutcome.FOLLOW_UP_REQUIRED)
        .filter(i -> assignee == null || assignee.equals(i.followUpAssignee()))
        .forEach(i -> open.add(new FollowUp(cpr, i))));
    open.sort(Comparator.comparing((FollowUp f) -> f.interaction().followUpDate(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(f -> f.interaction().recordedAt()));
    return Response.json(context.mapper(), 200, new FollowUpList(open));
  }

  /** Hands an interaction's follow-up to someone else (a colleague or a queue); the same answer when repeated. */
  Response assign(Request request) {
    request.require(StaffPrivilege.INTERACTION_WRITE);
    String id = request.pathParam(1);
    Assignment body = request.bodyAs(context.mapper(), Assignment.class);
    if (body.assignee() == null || body.assignee().isBlank() || body.assignee().length() > 100) {
      throw field("assignee", "must have 1 to 100 characters", request);
    }
    synchronized (this) {
      for (var entry : recorded.entrySet()) {
        List<Interaction> list = new ArrayList<>(entry.getValue());
        for (int i = 0; i < list.size(); i++) {
          Interaction old = list.get(i);
          if (old.id().equals(id)) {
            Interaction moved = new Interaction(old.id(), old.occurredAt(), old.recordedAt(), old.channel(), old.reasons(),
                old.notes(), old.outcome(), old.followUpDate(), old.staff(), body.assignee().strip());
            list.set(i, moved);
            recorded.put(entry.getKey(), List.copyOf(list));
            return Response.json(context.mapper(), 200, moved);
          }
        }
      }
    }
    throw new ProblemException(Problems.notFound("No recorded interaction with this id.", request.instance()));
  }

  private synchronized void store(String cpr, Interaction interaction) {
    List<Interaction> list = new ArrayList<>(recorded.getOrDefault(cpr, List.of()));
    list.add(interaction);
    list.sort(NEWEST_FIRST);
    if (list.size() > RECORDED_PER_CITIZEN) {
      list.remove(list.size() - 1);
    }
    recorded.put(cpr, List.copyOf(list));
  }

  private void validate(NewInteraction body, Request request) {
    if (body.channel() == null) {
      throw field("channel", "is required", request);
    }
    if (body.reasons().isEmpty() || body.reasons().size() > MAX_REASONS) {
      throw field("reasons", "needs 1 to " + MAX_REASONS + " reason codes", request);
    }
    if (body.outcome() == null) {
      throw field("outcome", "is required", request);
    }
    if (body.notes() != null && body.notes().length() > MAX_NOTES) {
      throw field("notes", "must be at most " + MAX_NOTES + " characters", request);
    }
    if (body.outcome() == InteractionOutcome.FOLLOW_UP_REQUIRED && body.followUpDate() == null) {
      throw field("followUpDate", "is required when the outcome is FOLLOW_UP_REQUIRED", request);
    }
    if (body.followUpAssignee() != null && body.followUpAssignee().length() > 100) {
      throw field("followUpAssignee", "must be at most 100 characters", request);
    }
    if (body.followUpDate() != null && body.followUpDate().isBefore(context.today())) {
      throw field("followUpDate", "must not lie before today", request);
    }
    if (body.occurredAt() != null && body.occurredAt().isAfter(context.clock().instant().plus(CLOCK_SKEW))) {
      throw field("occurredAt", "must not lie in the future", request);
    }
  }

  private Person person(Request request) {
    CprNumber cpr;
    try {
      cpr = CprNumber.parse(request.pathParam(1), context.today());
    } catch (InvalidCprNumberException e) {
      throw new ProblemException(Problems.invalidCpr(
          "The CPR number in the path is not a CPR number (ten digits, ddmmyyssss).", request.instance()));
    }
    return context.population().find(cpr).orElseThrow(() -> new ProblemException(
        Problems.notFound("No person with this CPR number in the sandbox population.", request.instance())));
  }

  private static ProblemException field(String name, String what, Request request) {
    return new ProblemException(Problems.badRequest("The body's field '" + name + "' " + what + ".", request.instance()));
  }
}
