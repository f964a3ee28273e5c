package dk.workbench.app;

import dk.workbench.service.offline.LocalData;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Cache retention: old sections and delivered writes are purged at start and then every hour. */
final class Retention implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "workbench-retention");
    thread.setDaemon(true);
    return thread;
  });

  Retention(LocalData local, Duration retention) {
    if (local.available()) {
      schedule.scheduleAtFixedRate(() -> purge(local, retention), 0, 1, TimeUnit.HOURS);
    }
  }

  private static void purge(LocalData local, Duration retention) {
    try {
      log.info("Local cache: {} rows older than {} purged", local.purgeExpired(retention), retention);
    } catch (RuntimeException e) { // keep the schedule alive; the next hour tries again
      log.warn("Local cache purge failed: {}", e.toString());
    }
  }

  @Override
  public void close() {
    schedule.shutdownNow();
  }
}
