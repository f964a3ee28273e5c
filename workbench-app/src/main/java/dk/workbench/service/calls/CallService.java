package dk.workbench.service.calls;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The interaction record of a call, visit or e-mail (the call-centre's "henvendelse"): started by
 * the look-up, auto-saved while it goes on, checked at wrap-up and then sent through the store.
 * Blocking (the store writes to disk); call it off the UI thread.
 */
public final class CallService {
  /** The most characters of notes the interactions API takes. */
  public static final int MAX_NOTES = 4_000;

  /**
   * @param reasons the reason codes offered, in this order
   * @param wrapUpRequired whether a citizen's tab may only close once the call is wrapped up
   */
  public record Settings(List<InteractionReason> reasons, boolean wrapUpRequired) {
    public Settings {
      reasons = reasons == null || reasons.isEmpty() ? List.of(InteractionReason.values()) : List.copyOf(reasons);
    }
  }

  /** What keeps a call from being wrapped up. */
  public enum Problem {
    REASON_MISSING,
    OUTCOME_MISSING,
    FOLLOW_UP_DATE_MISSING,
    FOLLOW_UP_DATE_PAST,
    NOTES_TOO_LONG
  }

  private final CallStore store;
  private final Settings settings;
  private final Clock clock;

  public CallService(CallStore store, Settings settings, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Settings settings() {
    return settings;
  }

  /** The citizen's unfinished call if there is one (e.g. from before a crash), else a new one, saved. */
  public Call start(CprNumber citizen, InteractionChannel channel) {
    Optional<Call> earlier = store.unfinished().stream().filter(c -> c.citizen().equals(citizen)).findFirst();
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Call call = new Call(UUID.randomUUID().toString(), citizen, clock.instant(), channel, List.of(), "", null, null, null);
    store.save(call);
    return call;
  }

  /** Auto-save. */
  public void save(Call call) {
    store.save(call);
  }

  /** Empty when the call can be wrapped up. */
  public List<Problem> problems(Call call) {
    List<Problem> problems = new ArrayList<>();
    if (call.reasons().isEmpty()) {
      problems.add(Problem.REASON_MISSING);
    }
    if (call.outcome() == null) {
      problems.add(Problem.OUTCOME_MISSING);
    }
    if (call.outcome() == InteractionOutcome.FOLLOW_UP_REQUIRED) {
      if (call.followUpDate() == null) {
        problems.add(Problem.FOLLOW_UP_DATE_MISSING);
      } else if (call.followUpDate().isBefore(LocalDate.now(clock))) {
        problems.add(Problem.FOLLOW_UP_DATE_PAST);
      }
    }
    if (call.notes().length() > MAX_NOTES) {
      problems.add(Problem.NOTES_TOO_LONG);
    }
    return problems;
  }

  /**
   * Wraps the call up: the record is sent (through the outbox when there is a local cache).
   *
   * @return the problems that prevented it; empty when done
   */
  public List<Problem> finish(Call call) {
    List<Problem> problems = problems(call);
    if (problems.isEmpty()) {
      store.finish(call, call.toRecord());
    }
    return problems;
  }

  /**
   * The tab closes without wrap-up (allowed when wrap-up is not required): an untouched call is
   * dropped; one with anything entered stays saved and is resumed when the citizen is opened again.
   */
  public void leave(Call call) {
    if (call.notes().isBlank() && call.reasons().isEmpty() && call.outcome() == null) {
      store.discard(call);
    } else {
      store.save(call);
    }
  }

  /** "Glem borger": the call goes, without a record. */
  public void discard(Call call) {
    store.discard(call);
  }

  /** Calls not wrapped up, oldest first. */
  public List<Call> unfinished() {
    return store.unfinished();
  }
}
