package dk.workbench.service.connection;

import dk.workbench.service.overview.SectionResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Online, degraded or offline, from what the back-ends did lately: the health check says
 * whether they answer at all, and each overview section says whether its source worked the
 * last time. Thread-safe; listeners are told on the calling thread when the status changes.
 */
public final class ConnectionMonitor {
  /** What the status bar shows. */
  public enum Status {
    /** Every source worked the last time it was asked. */
    ONLINE,
    /** The back-ends answer, but at least one source failed the last time. */
    DEGRADED,
    /** The back-ends do not answer. */
    OFFLINE
  }

  private final Map<String, Boolean> sourceWorked = new ConcurrentHashMap<>();
  private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean reachable = true;
  private volatile Status last = Status.ONLINE;

  /** Feeds one section's outcome (from the overview). Refused and not-found results say nothing about the connection. */
  public void sectionFinished(SectionResult result) {
    if (result instanceof SectionResult.Loaded) {
      sourceWorked.put(result.sourceName(), true);
      reachable = true;
    } else if (result instanceof SectionResult.Failed failed && failed.failure().isBackEndTrouble()
        || result instanceof SectionResult.Cached) {
      sourceWorked.put(result.sourceName(), false);
    }
    changed();
  }

  /** Feeds a health check. */
  public void healthChecked(boolean up) {
    reachable = up;
    if (!up) {
      sourceWorked.replaceAll((source, worked) -> false);
    }
    changed();
  }

  public Status status() {
    if (!reachable) {
      return Status.OFFLINE;
    }
    return sourceWorked.containsValue(false) ? Status.DEGRADED : Status.ONLINE;
  }

  /** Called with the new status whenever it changes. */
  public void addListener(Consumer<Status> listener) {
    listeners.add(listener);
  }

  private synchronized void changed() {
    Status now = status();
    if (now != last) {
      last = now;
      listeners.forEach(l -> l.accept(now));
    }
  }
}
