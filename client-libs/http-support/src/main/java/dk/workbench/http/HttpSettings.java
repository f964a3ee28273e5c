package dk.workbench.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Connection settings of the shared HTTP client.
 *
 * @param connectTimeout time to open a connection
 * @param readTimeout longest silence while reading an answer
 * @param callTimeout deadline for a whole call, retries and their waits included
 * @param userAgent sent as {@code User-Agent}
 * @param retry when to try a call again
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout, String userAgent,
    RetryPolicy retry) {
  public HttpSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout == null");
    Objects.requireNonNull(readTimeout, "readTimeout == null");
    Objects.requireNonNull(callTimeout, "callTimeout == null");
    Objects.requireNonNull(userAgent, "userAgent == null");
    Objects.requireNonNull(retry, "retry == null");
  }

  /** With the {@link RetryPolicy#defaults() default retries}. */
  public HttpSettings(Duration connectTimeout, Duration readTimeout, Duration callTimeout, String userAgent) {
    this(connectTimeout, readTimeout, callTimeout, userAgent, RetryPolicy.defaults());
  }

  /** 3 s to connect, 10 s silence, 15 s for the whole call, default retries. */
  public static HttpSettings defaults() {
    return new HttpSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(15), "CitizenWorkbench");
  }

  /** The same with another retry policy. */
  public HttpSettings withRetry(RetryPolicy retry) {
    return new HttpSettings(connectTimeout, readTimeout, callTimeout, userAgent, retry);
  }
}
