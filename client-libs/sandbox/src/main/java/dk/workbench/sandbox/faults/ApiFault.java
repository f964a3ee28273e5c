package dk.workbench.sandbox.faults;

import java.time.Duration;
import java.util.Objects;

/**
 * The faults injected into one API's answers.
 *
 * @param latency added to every answer
 * @param jitter up to this much more, drawn uniformly per request
 * @param errorRate share of requests (0 to 1) answered with {@code errorStatus} without being served
 * @param errorStatus 500 or 503; a 503 carries {@code Retry-After}
 * @param retryAfter the {@code Retry-After} of an injected 503 (whole seconds)
 * @param hangRate share of requests never answered: held for {@code hangFor}, then the connection closes
 * @param hangFor how long a hanging request is held
 * @param malformedRate share of answers sent with their real status and a broken JSON body
 * @param truncatedRate share of answers cut off half-way (fewer bytes than {@code Content-Length}, then closed)
 */
public record ApiFault(Duration latency, Duration jitter, double errorRate, int errorStatus, Duration retryAfter,
    double hangRate, Duration hangFor, double malformedRate, double truncatedRate) {

  /** The longest latency or jitter accepted. */
  public static final Duration MAX_LATENCY = Duration.ofMinutes(1);
  /** The longest a request may be held. */
  public static final Duration MAX_HANG = Duration.ofMinutes(10);
  /** The longest {@code Retry-After}. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

  public static final int DEFAULT_ERROR_STATUS = 503;
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
  public static final Duration DEFAULT_HANG = Duration.ofSeconds(30);

  /** No fault at all. */
  public static final ApiFault NONE = new ApiFault(Duration.ZERO, Duration.ZERO, 0, DEFAULT_ERROR_STATUS,
      DEFAULT_RETRY_AFTER, 0, DEFAULT_HANG, 0, 0);

  /** @throws IllegalArgumentException naming the setting that is out of range */
  public ApiFault {
    Objects.requireNonNull(latency, "latency == null");
    Objects.requireNonNull(jitter, "jitter == null");
    Objects.requireNonNull(retryAfter, "retryAfter == null");
    Objects.requireNonNull(hangFor, "hangFor == null");
    between("latency", latency, Duration.ZERO, MAX_LATENCY);
    between("jitter", jitter, Duration.ZERO, MAX_LATENCY);
    between("retryAfter", retryAfter, Duration.ZERO, MAX_RETRY_AFTER);
    between("hangFor", hangFor, Duration.ZERO, MAX_HANG);
    if (retryAfter.toMillis() % 1000 != 0) {
      throw new IllegalArgumentException("retryAfter must be whole seconds (Retry-After has no fractions)");
    }
    if (errorStatus != 500 && errorStatus != 503) {
      throw new IllegalArgumentException("status must be 500 or 503, not " + errorStatus);
    }
    rate("error", errorRate);
    rate("hang", hangRate);
    rate("malformed", malformedRate);
    rate("truncated", truncatedRate);
    double sum = errorRate + hangRate + malformedRate + truncatedRate;
    if (sum > 1.0 + 1e-9) {
      throw new IllegalArgumentException("error, hang, malformed and truncated add up to " + sum
          + "; together they may be at most 1");
    }
  }

  /** True when it changes nothing. */
  public boolean isNone() {
    return latency.isZero() && jitter.isZero() && errorRate == 0 && hangRate == 0 && malformedRate == 0
        && truncatedRate == 0;
  }

  public ApiFault withLatency(Duration latency) {
    return new ApiFault(latency, jitter, errorRate, errorStatus, retryAfter, hangRate, hangFor, malformedRate,
        truncatedRate);
  }

  public ApiFault withJitter(Duration jitter) {
    return new ApiFault(latency, jitter, errorRate, errorStatus, retryAfter, hangRate, hangFor, malformedRate,
        truncatedRate);
  }

  /** Answers this share of requests with {@code status} (500 or 503). */
  public ApiFault withErrors(double rate, int status) {
    return new ApiFault(latency, jitter, rate, status, retryAfter, hangRate, hangFor, malformedRate, truncatedRate);
  }

  public ApiFault withRetryAfter(Duration retryAfter) {
    return new ApiFault(latency, jitter, errorRate, errorStatus, retryAfter, hangRate, hangFor, malformedRate,
        truncatedRate);
  }

  /** Holds this share of requests for {@code hangFor}. */
  public ApiFault withHangs(double rate, Duration hangFor) {
    return new ApiFault(latency, jitter, errorRate, errorStatus, retryAfter, rate, hangFor, malformedRate,
        truncatedRate);
  }

  public ApiFault withMalformed(double rate) {
    return new ApiFault(latency, jitter, errorRate, errorStatus, retryAfter, hangRate, hangFor, rate, truncatedRate);
  }

  public ApiFault withTruncated(double rate) {
    return new ApiFault(latency, jitter, errorRate, errorStatus, retryAfter, hangRate, hangFor, malformedRate, rate);
  }

  private static void between(String name, Duration value, Duration min, Duration max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(name + " must be from " + FaultText.duration(min) + " to "
          + FaultText.duration(max) + ", not " + FaultText.duration(value));
    }
  }

  private static void rate(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be a share from 0 to 1 (e.g. 0.1 or 10%), not " + value);
    }
  }
}
