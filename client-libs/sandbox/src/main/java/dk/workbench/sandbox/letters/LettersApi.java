package dk.workbench.sandbox.letters;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.letters.LetterAction;
import dk.workbench.contracts.letters.LetterEvent;
import dk.workbench.contracts.letters.LetterList;
import dk.workbench.contracts.letters.LetterListItem;
import dk.workbench.contracts.letters.LetterStatus;
import dk.workbench.contracts.letters.NewLetter;
import dk.workbench.contracts.letters.NewLetterStep;
import dk.workbench.contracts.letters.StoredLetter;
import dk.workbench.sandbox.IdempotencyStore;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import dk.workbench.sandbox.auth.StaffUser;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The letters API, the shared store of decision letters (issue 9): {@code POST
 * /letters/v1/letters} stores a draft (author from the token, {@code Idempotency-Key} required),
 * {@code GET /letters/v1/letters} lists them newest first (filters state, authority,
 * digitalPost; paged by limit and offset), {@code GET /letters/v1/letters/{id}} gives one with
 * its steps, and {@code POST /letters/v1/letters/{id}/steps} takes a step. The server enforces
 * the workflow: only a SUPERVISOR who is not the author approves (else 403 with the reason),
 * only an approved letter is printed or sent, and a step from the wrong state answers 409.
 * Kept in memory for the run, like the interactions.
 */
public final class LettersApi implements SandboxModule {
  public static final String API = "letters";
  private static final int MAX_TEXT = 200;
  private static final int MAX_INPUTS = 1024 * 1024;

  /** What a repeated key must match: the body and the author. */
  private record Write(NewLetter body, String username) {}

  private final SandboxContext context;
  private final TreeMap<Long, StoredLetter> letters = new TreeMap<>();
  private final IdempotencyStore<Write, StoredLetter> writes = new IdempotencyStore<>(100_000);
  private long lastId;

  public LettersApi(SandboxContext context) {
    this.context = context;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/letters/v1/letters", this::list),
        Route.post(API, "/letters/v1/letters", this::draft),
        Route.get(API, "/letters/v1/letters/([^/]*)", this::get),
        Route.post(API, "/letters/v1/letters/([^/]*)/steps", this::step));
  }

  Response draft(Request request) {
    request.require(StaffPrivilege.LETTER_WRITE);
    String key = IdempotencyStore.key(request);
    NewLetter body = request.bodyAs(context.mapper(), NewLetter.class);
    validate(body, request);
    StaffUser staff = request.staff();
    return writes.apply(key, new Write(body, staff.username()), () -> {
      synchronized (this) {
        long id = ++lastId;
        var now = context.clock().instant();
        StoredLetter letter = new StoredLetter(id, LetterStatus.DRAFT, now, staff.username(), body,
            List.of(new LetterEvent(now, staff.username(), staff.role(), "DRAFTED")));
        letters.put(id, letter);
        return letter;
      }
    }, request.instance()).toResponse(context.mapper());
  }

  Response list(Request request) {
    request.require(StaffPrivilege.LETTER_READ);
    LetterStatus state = request.queryEnum("state", LetterStatus.class).orElse(null);
    String authority = request.query("authority").map(String::strip).orElse(null);
    Boolean digitalPost = request.query("digitalPost").map(t -> switch (t.strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw request.badParameter("digitalPost", "must be true or false");
    }).orElse(null);
    int limit = request.queryInt("limit", 1_000, 1, 10_000);
    int offset = request.queryInt("offset", 0, 0, Integer.MAX_VALUE);
    List<LetterListItem> page = new ArrayList<>();
    int total = 0;
    synchronized (this) {
      for (StoredLetter l : letters.descendingMap().values()) {
        NewLetter n = l.letter();
        if ((state == null || l.state() == state) && (authority == null || authority.equals(n.authority()))
            && (digitalPost == null || digitalPost == n.digitalPost())) {
          if (total >= offset && page.size() < limit) {
            page.add(new LetterListItem(l.id(), l.state(), n.cpr(), n.authority(), n.digitalPost(), l.createdAt(),
                l.createdBy(), n.recipientName(), n.subject(), n.language(), n.largePrint()));
          }
          total++;
        }
      }
    }
    return Response.json(context.mapper(), 200, new LetterList(page, total));
  }

  Response get(Request request) {
    request.require(StaffPrivilege.LETTER_READ);
    return Response.json(context.mapper(), 200, find(request));
  }

  Response step(Request request) {
    request.require(StaffPrivilege.LETTER_WRITE);
    NewLetterStep body = request.bodyAs(context.mapper(), NewLetterStep.class);
    if (body.action() == null) {
      throw field("action", "is required (APPROVE, PRINT or SEND)", request);
    }
    StaffUser staff = request.staff();
    synchronized (this) {
      StoredLetter letter = find(request);
      LetterStatus to;
      String action;
      switch (body.action()) {
        case APPROVE -> {
          if (staff.role() != StaffRole.SUPERVISOR) {
            throw new ProblemException(Problems.forbidden("Only a SUPERVISOR may approve a letter.", request.instance()));
          }
          if (staff.username().equals(letter.createdBy())) {
            throw new ProblemException(Problems.forbidden("The author of a letter may not approve it.", request.instance()));
          }
          requireState(letter, LetterStatus.DRAFT, "approved", request);
          to = LetterStatus.APPROVED;
          action = "APPROVED";
        }
        case PRINT -> {
          if (letter.state() == LetterStatus.DRAFT) {
            throw conflict("Letter " + letter.id() + " is not approved and cannot be printed.", request);
          }
          to = letter.state() == LetterStatus.APPROVED ? LetterStatus.PRINTED : letter.state();
          action = letter.state() == LetterStatus.APPROVED ? "PRINTED" : "REPRINTED";
        }
        case SEND -> {
          requireState(letter, LetterStatus.APPROVED, "sent", request);
          to = letter.letter().digitalPost() ? LetterStatus.DISPATCHED : LetterStatus.APPROVED;
          action = letter.letter().digitalPost() ? "DISPATCHED" : "QUEUED_FOR_PRINT";
        }
        default -> throw new IllegalStateException();
      }
      List<LetterEvent> steps = new ArrayList<>(letter.steps());
      steps.add(new LetterEvent(context.clock().instant(), staff.username(), staff.role(), action));
      StoredLetter moved = new StoredLetter(letter.id(), to, letter.createdAt(), letter.createdBy(), letter.letter(), steps);
      letters.put(moved.id(), moved);
      return Response.json(context.mapper(), 200, moved);
    }
  }

  private synchronized StoredLetter find(Request request) {
    long id;
    try {
      id = Long.parseLong(request.pathParam(1));
    } catch (NumberFormatException e) {
      throw new ProblemException(Problems.notFound("No letter with this number.", request.instance()));
    }
    StoredLetter letter = letters.get(id);
    if (letter == null) {
      throw new ProblemException(Problems.notFound("No letter with this number.", request.instance()));
    }
    return letter;
  }

  private static void requireState(StoredLetter letter, LetterStatus state, String what, Request request) {
    if (letter.state() != state) {
      throw conflict("Letter " + letter.id() + " is " + letter.state() + "; only a letter that is " + state
          + " can be " + what + ".", request);
    }
  }

  private static ProblemException conflict(String detail, Request request) {
    return new ProblemException(Problems.conflict(detail, request.instance()));
  }

  private static void validate(NewLetter body, Request request) {
    if (body.cpr() == null || !body.cpr().matches("[0-9]{10}")) {
      throw field("cpr", "must be ten digits", request);
    }
    text(body.authority(), "authority", true, request);
    text(body.senderCvr(), "senderCvr", false, request);
    text(body.recipientName(), "recipientName", false, request);
    text(body.subject(), "subject", false, request);
    text(body.templateVersion(), "templateVersion", true, request);
    if (!"da-DK".equals(body.language()) && !"en-GB".equals(body.language())) {
      throw field("language", "must be da-DK or en-GB", request);
    }
    if (body.inputs() == null || body.inputs().isBlank() || body.inputs().length() > MAX_INPUTS) {
      throw field("inputs", "must be the letter's inputs as JSON text of at most " + MAX_INPUTS + " characters", request);
    }
  }

  private static void text(String value, String name, boolean required, Request request) {
    if (value == null ? required : (value.length() > MAX_TEXT || (required && value.isBlank()))) {
      throw field(name, (required ? "is required, " : "has ") + "at most " + MAX_TEXT + " characters", request);
    }
  }

  private static ProblemException field(String name, String what, Request request) {
    return new ProblemException(Problems.badRequest("The body's field '" + name + "' " + what + ".", request.instance()));
  }
}
