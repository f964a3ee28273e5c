package dk.workbench.ui.attorney;

import dk.workbench.service.attorney.ActingForService;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.Basis;
import dk.workbench.ui.common.BackgroundTasks;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * Re-checks a running session's power of attorney with the back-end every {@code every} (by
 * default a minute; {@code workbench.attorney.recheck}), off the FX thread: a power revoked,
 * expired or changed mid-session blocks the tab with the reason. A block found by a re-check
 * before an action ({@link ActingForService#record}) is shown at the next tick too. FX thread.
 */
public final class SessionRecheck {
  private final ActingForService sessions;
  private final BackgroundTasks tasks;
  private final Duration every;
  private final Map<CitizenSession, Instant> lastAsked = new WeakHashMap<>();

  public SessionRecheck(ActingForService sessions, BackgroundTasks tasks, Duration every) {
    this.sessions = Objects.requireNonNull(sessions, "sessions == null");
    this.tasks = Objects.requireNonNull(tasks, "tasks == null");
    if (every == null || every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("workbench.attorney.recheck must be a positive duration, e.g. 60s");
    }
    this.every = every;
  }

  /** How often a power is asked about again. */
  public Duration every() {
    return every;
  }

  /** Shows a block already known, and asks the back-end again when due (call on each tick). */
  public void tick(CitizenSession tab, Instant now) {
    ActingForSession session = tab.session();
    if (session == null || !(session.basis() instanceof Basis.Power) || tab.withdrawn() != null) {
      return;
    }
    var known = sessions.withdrawal(session);
    if (known.isPresent()) {
      tab.withdraw(known.get(), now);
      return;
    }
    Instant last = lastAsked.getOrDefault(tab, session.started());
    if (now.isBefore(last.plus(every))) {
      return;
    }
    lastAsked.put(tab, now);
    tasks.run(() -> sessions.recheck(session)).onSuccess(lost -> lost.ifPresent(reason -> {
      if (tab.session() == session) {
        tab.withdraw(reason, now);
      }
    })).onFailure(e -> lastAsked.remove(tab)).start(); // the back-end did not answer: ask again at the next tick
  }
}
