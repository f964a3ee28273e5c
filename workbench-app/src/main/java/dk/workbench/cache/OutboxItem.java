package dk.workbench.cache;

import java.time.Instant;

/**
 * One pending write in the {@link Outbox}, decrypted for delivery.
 *
 * @param id the item's id; ids grow in insertion order
 * @param kind which delivery sends it, e.g. {@code accesslog.entry}
 * @param citizenRef an opaque reference to the citizen (hex of the HMAC of the CPR number): equal
 *     for items of the same citizen, never the number itself
 * @param idempotencyKey the key generated at enqueue; sent unchanged on every attempt
 * @param payload the decrypted payload (JSON); may hold personal data, never log it
 * @param createdAt when it was enqueued
 * @param attempts failed attempts so far
 * @param nextAttemptAt not to be tried before this
 * @param lastError the last failure, or null
 */
public record OutboxItem(long id, String kind, String citizenRef, String idempotencyKey, byte[] payload, Instant createdAt,
    int attempts, Instant nextAttemptAt, String lastError) {

  /** No payload. */
  @Override
  public String toString() {
    return "OutboxItem[id=" + id + ", kind=" + kind + ", attempts=" + attempts + "]";
  }
}
