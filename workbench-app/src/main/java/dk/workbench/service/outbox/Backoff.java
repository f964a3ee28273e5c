package dk.workbench.service.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long the outbox sender waits before trying an item again: exponential in the attempts
 * with "equal jitter" (half the step fixed, half random, so many clients coming back online do
 * not retry in lock-step), capped at {@code max}. A back-end's {@code Retry-After} is honoured
 * up to one hour.
 *
 * @param base the wait after the first failure (before jitter)
 * @param max the longest wait
 * @param random source of the jitter
 */
public record Backoff(Duration base, Duration max, RandomGenerator random) {
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

  public Backoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(random, "random");
    if (base.isNegative() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 <= base <= max");
    }
  }

  /** 1 s after the first failure, doubling up to 5 minutes. */
  public static Backoff defaults() {
    return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), RandomGenerator.getDefault());
  }

  /**
   * The wait after the {@code attempts}-th failed attempt (1 for the first): a random duration
   * from half to all of {@code min(max, base × 2^(attempts-1))}, but at least {@code retryAfter}
   * (up to an hour) when the back-end asked for it.
   */
  public Duration delay(int attempts, Duration retryAfter) {
    long ceiling = ceilingMillis(attempts);
    long half = ceiling / 2;
    long millis = half + (ceiling - half > 0 ? random.nextLong(ceiling - half + 1) : 0);
    if (retryAfter != null && !retryAfter.isNegative()) {
      millis = Math.max(millis, Math.min(retryAfter.toMillis(), LONGEST_RETRY_AFTER.toMillis()));
    }
    return Duration.ofMillis(millis);
  }

  /** The longest wait after the {@code attempts}-th failure, before jitter. */
  long ceilingMillis(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 40));
    long b = base.toMillis();
    long m = max.toMillis();
    if (b == 0) {
      return 0;
    }
    return doublings >= Long.numberOfLeadingZeros(b) - 1 ? m : Math.min(m, b << doublings);
  }
}
