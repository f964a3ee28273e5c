package dk.workbench.service.overview;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the second call of a section that needs two at once (see
 * {@link BackendSections}): unbounded and idle-expiring, kept apart from the sections' own
 * bounded pool so that the two can never wait on each other.
 */
public final class SideCalls implements Executor, AutoCloseable {
  private final ExecutorService pool;

  public SideCalls() {
    AtomicInteger count = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
      Thread thread = new Thread(task, "workbench-io-side-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public void execute(Runnable task) {
    pool.execute(task);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
