package dk.workbench.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often the shared client tries a call again. A call is retried only if it is
 * safe to repeat: GET, HEAD, PUT, DELETE and OPTIONS always, POST and PATCH only when they carry
 * an {@value #IDEMPOTENCY_KEY} header (the back-end then stores nothing twice). It is retried
 * after a connection failure, a timeout, a truncated body, or an answer 429, 502, 503 or 504;
 * never after another 4xx or a 500. The wait before attempt n+1 is drawn uniformly from 0 to
 * {@code min(maxDelay, baseDelay × 2^(n-1))} ("full jitter"), or is the back-end's
 * {@code Retry-After} when it sent one. No wait goes past the call's deadline (the client's
 * {@code callTimeout}, or the call's own {@code timeout()}): rather than wait past it, the
 * last answer or failure is returned.
 *
 * @param maxAttempts attempts in all, the first included (1 = never retry)
 * @param baseDelay the backoff's first step
 * @param maxDelay the longest backoff wait
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
  /** The header that makes a POST safe to repeat. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  public RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay == null");
    Objects.requireNonNull(maxDelay, "maxDelay == null");
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be from 1 to 10, not " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
    }
  }

  /** Three attempts, waits from 0–250 ms up to at most 2 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(2));
  }

  /** One attempt: no retries. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }

  /** The longest full-jitter wait before attempt {@code attempt + 1} ({@code attempt} ≥ 1). */
  Duration backoffCeiling(int attempt) {
    long base = baseDelay.toMillis();
    long ceiling = base << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(ceiling, maxDelay.toMillis()));
  }
}
