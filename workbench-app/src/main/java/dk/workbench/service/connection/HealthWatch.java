package dk.workbench.service.connection;

import dk.workbench.clients.health.HealthClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Asks the back-ends at a fixed interval whether they answer, and tells the {@link ConnectionMonitor}. */
public final class HealthWatch implements AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "workbench-health");
    thread.setDaemon(true);
    return thread;
  });

  public HealthWatch(HealthClient health, ConnectionMonitor monitor, Duration interval) {
    timer.scheduleWithFixedDelay(() -> monitor.healthChecked(health.isUp()), 0, interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
