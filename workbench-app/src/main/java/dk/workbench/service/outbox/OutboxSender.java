package dk.workbench.service.outbox;

import dk.workbench.cache.Outbox;
import dk.workbench.cache.OutboxItem;
import dk.workbench.http.ApiException;
import dk.workbench.http.UnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the {@link Outbox} to the back-ends: each item through the {@link Delivery} of its
 * kind, with the idempotency key it was given at enqueue, so however often an item is sent
 * (retries, a crash after sending but before marking it delivered) the back-end stores it once.
 *
 * <ul>
 *   <li>Items of one citizen go in insertion order. When one fails, it stays queued with its
 *       error and a retry time ({@link Backoff}: exponential with jitter, or the back-end's
 *       {@code Retry-After}), and that citizen's later items wait until it has gone through.
 *       Other citizens' items go on; after a failure that says the back-end is unreachable or
 *       overloaded, the rest of that kind waits for the next pass.
 *   <li>An answer 4xx other than 408 and 429 (the back-end refuses the item as sent), or an
 *       {@link UndeliverableException}, will not go away by retrying: the item is given up,
 *       kept with its error for the "Udbakke" panel, and the citizen's later items go on.
 *   <li>An item of a kind without a delivery is given up the same way.
 * </ul>
 *
 * <p>{@link #deliverOnce()} sends everything due now and returns; {@link #start()} runs it on a
 * daemon thread, again whenever a retry falls due, every {@code idlePoll} and on
 * {@link #wakeUp()}; {@link #close()} stops it. Passes never overlap. Thread-safe.
 */
public final class OutboxSender implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 100;
  private static final Duration DEFAULT_IDLE_POLL = Duration.ofSeconds(2);
  private static final long MIN_WAIT_MS = 10;

  /** Sends one item's payload with its idempotency key; returns normally once the back-end has stored it. */
  @FunctionalInterface
  public interface Delivery {
    /**
     * @throws ApiException when the back-end did not store it (the sender decides from the status whether to retry)
     * @throws UndeliverableException when the payload can never be sent
     */
    void deliver(byte[] payload, String idempotencyKey) throws ApiException;
  }

  /** What one {@link #deliverOnce()} did. */
  public record Report(int delivered, int retrying, int rejected) {
    public int attempted() {
      return delivered + retrying + rejected;
    }
  }

  private final Outbox outbox;
  private final Map<String, Delivery> deliveries;
  private final Clock clock;
  private final Backoff backoff;
  private final Duration idlePoll;
  private final ReentrantLock passLock = new ReentrantLock();
  private final Object signal = new Object();
  private boolean woken;
  private volatile boolean closed;
  private Thread thread;

  /** With {@link Backoff#defaults()} and a look every 2 s when idle. */
  public OutboxSender(Outbox outbox, Map<String, Delivery> deliveries, Clock clock) {
    this(outbox, deliveries, clock, Backoff.defaults(), DEFAULT_IDLE_POLL);
  }

  public OutboxSender(Outbox outbox, Map<String, Delivery> deliveries, Clock clock, Backoff backoff, Duration idlePoll) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.deliveries = Map.copyOf(deliveries);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.idlePoll = Objects.requireNonNull(idlePoll, "idlePoll");
    if (idlePoll.toMillis() < MIN_WAIT_MS) {
      throw new IllegalArgumentException("idlePoll must be at least " + MIN_WAIT_MS + " ms");
    }
  }

  /**
   * Delivers every item due now, in order per citizen, and returns what happened. Blocks while
   * the background thread is in a pass.
   */
  public Report deliverOnce() {
    passLock.lock();
    try {
      int delivered = 0;
      int retrying = 0;
      int rejected = 0;
      Set<String> blockedCitizens = new HashSet<>();
      Set<String> blockedKinds = new HashSet<>();
      while (!closed) {
        List<OutboxItem> items = outbox.due(clock.instant(), BATCH);
        int progress = 0;
        for (OutboxItem item : items) {
          if (closed) {
            break;
          }
          if (blockedCitizens.contains(item.citizenRef()) || blockedKinds.contains(item.kind())) {
            continue; // an earlier item of this citizen (or this back-end) failed in this pass
          }
          progress++;
          switch (attempt(item)) {
            case DELIVERED -> delivered++;
            case REJECTED -> rejected++;
            case RETRY -> {
              retrying++;
              blockedCitizens.add(item.citizenRef());
            }
            case RETRY_KIND -> {
              retrying++;
              blockedCitizens.add(item.citizenRef());
              blockedKinds.add(item.kind());
            }
          }
        }
        if (items.size() < BATCH || progress == 0) {
          break;
        }
      }
      if (delivered + retrying + rejected > 0) {
        log.debug("Outbox pass: {} delivered, {} to retry, {} given up", delivered, retrying, rejected);
      }
      return new Report(delivered, retrying, rejected);
    } finally {
      passLock.unlock();
    }
  }

  /** Starts the background sender on a daemon thread; idempotent. */
  public synchronized void start() {
    if (closed) {
      throw new IllegalStateException("the outbox sender is closed");
    }
    if (thread != null) {
      return;
    }
    thread = new Thread(this::run, "outbox-sender");
    thread.setDaemon(true);
    thread.start();
  }

  /** Asks the background sender to look at the outbox now (e.g. after a write was queued, or the back-end came back). */
  public void wakeUp() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  /**
   * Stops the background sender: no new attempt starts; one in progress is interrupted and the
   * thread is given up to 5 s to finish. An item whose send was cut short stays queued and is
   * sent again, with the same key, next time.
   */
  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      closed = true;
      t = thread;
    }
    wakeUp();
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join(500);
        if (t.isAlive()) {
          t.interrupt();
          t.join(5_000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private enum Outcome { DELIVERED, REJECTED, RETRY, RETRY_KIND }

  private Outcome attempt(OutboxItem item) {
    Delivery delivery = deliveries.get(item.kind());
    if (delivery == null) {
      log.warn("Outbox item {} has kind '{}' which no delivery handles; giving it up", item.id(), item.kind());
      outbox.markRejected(item.id(), "No delivery for the kind '" + item.kind() + "'");
      return Outcome.REJECTED;
    }
    try {
      delivery.deliver(item.payload(), item.idempotencyKey());
    } catch (ApiException e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (isPermanent(e)) {
        log.warn("Outbox item {} ({}) was refused by the back-end (status {}); giving it up", item.id(), item.kind(), e.status());
        outbox.markRejected(item.id(), error);
        return Outcome.REJECTED;
      }
      Duration retryAfter = e instanceof UnavailableException u ? u.retryAfter().orElse(null) : null;
      Instant next = retryLater(item, error, retryAfter);
      log.info("Outbox item {} ({}) not delivered (status {}); retry at {}", item.id(), item.kind(), e.status(), next);
      return Outcome.RETRY_KIND;
    } catch (UndeliverableException e) {
      log.warn("Outbox item {} ({}) cannot be delivered; giving it up: {}", item.id(), item.kind(), e.getMessage());
      outbox.markRejected(item.id(), "Undeliverable: " + e.getMessage());
      return Outcome.REJECTED;
    } catch (RuntimeException e) {
      Instant next = retryLater(item, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
      log.warn("Outbox item {} ({}) failed unexpectedly; retry at {}", item.id(), item.kind(), next, e);
      return Outcome.RETRY;
    }
    outbox.markDelivered(item.id());
    return Outcome.DELIVERED;
  }

  private Instant retryLater(OutboxItem item, String error, Duration retryAfter) {
    Instant next = clock.instant().plus(backoff.delay(item.attempts() + 1, retryAfter));
    outbox.markFailed(item.id(), error, next);
    return next;
  }

  /**
   * True when retrying cannot help: the back-end answered 4xx other than 408 (request timeout)
   * and 429 (too many requests), i.e. it refuses the item as sent.
   */
  static boolean isPermanent(ApiException e) {
    int status = e.status();
    return status >= 400 && status < 500 && status != 408 && status != 429;
  }

  private void run() {
    while (!closed) {
      long waitMillis = idlePoll.toMillis();
      try {
        deliverOnce();
        Instant now = clock.instant();
        waitMillis = outbox.nextRetryAfter(now)
            .map(t -> Math.min(Duration.between(now, t).toMillis(), idlePoll.toMillis()))
            .orElse(idlePoll.toMillis());
      } catch (RuntimeException e) {
        if (closed) {
          break;
        }
        log.warn("Outbox sender pass failed; trying again in {} ms: {}", waitMillis, e.toString());
      }
      synchronized (signal) {
        try {
          if (!woken && !closed) {
            signal.wait(Math.max(MIN_WAIT_MS, waitMillis));
          }
        } catch (InterruptedException e) {
          if (closed) {
            break;
          }
          Thread.currentThread().interrupt();
          break;
        }
        woken = false;
      }
    }
    log.debug("Outbox sender stopped");
  }
}
