package dk.workbench.http;

import dk.workbench.contracts.problem.Problem;
import java.time.Duration;
import java.util.Optional;

/**
 * 503 or 429: the back-end is (for now) unable or unwilling to answer; it may say when to
 * try again ({@code Retry-After}).
 */
public final class UnavailableException extends ServerErrorException {
  private final Duration retryAfter;

  public UnavailableException(int status, String correlationId, String redactedUrl, Problem problem, Duration retryAfter) {
    super(status, correlationId, redactedUrl, problem);
    this.retryAfter = retryAfter;
  }

  /** The back-end's {@code Retry-After}, if it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
