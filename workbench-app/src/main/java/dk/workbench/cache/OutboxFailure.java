package dk.workbench.cache;

import java.time.Instant;

/**
 * A row of the "Udbakke" panel: an outbox item whose delivery failed at least once. Holds no
 * personal data (no citizen, no payload; the error text has CPR-like digit runs masked).
 *
 * @param id the item's id
 * @param kind which delivery sends it
 * @param attempts failed attempts so far
 * @param lastError the last failure
 * @param createdAt when it was enqueued
 * @param lastAttemptAt when it last failed
 * @param nextAttemptAt when it is tried again; null when it was given up ({@link #permanent()})
 */
public record OutboxFailure(long id, String kind, int attempts, String lastError, Instant createdAt, Instant lastAttemptAt,
    Instant nextAttemptAt) {

  /** True when the back-end refused it for good: it is kept, but not tried again unless requeued. */
  public boolean permanent() {
    return nextAttemptAt == null;
  }
}
