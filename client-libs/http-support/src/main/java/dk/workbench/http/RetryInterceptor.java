package dk.workbench.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a call again as its {@link RetryPolicy} says: only calls safe to repeat, only after
 * transient failures, with full-jitter backoff or the back-end's {@code Retry-After}, and
 * never waiting past the call's deadline. The one place retries happen for every client.
 */
final class RetryInterceptor implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(RetryInterceptor.class);

  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);
  /** Bodies up to this size are read before the answer is handed on, so that a truncated one can be retried. */
  private static final long MAX_BUFFERED = 16L * 1024 * 1024;
  /** Without a deadline, a longer {@code Retry-After} is not waited for. */
  private static final Duration MAX_WAIT_WITHOUT_DEADLINE = Duration.ofMinutes(1);

  /** Where {@link #shieldImmediateRetry} parks a 503's {@code Retry-After: 0} from OkHttp. */
  private static final String PARKED_RETRY_AFTER = "X-Workbench-Parked-Retry-After";

  private final RetryPolicy policy;

  RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  /**
   * A network interceptor that hides a 503's {@code Retry-After: 0} from OkHttp, which would
   * otherwise send the request once more by itself, whatever its method (its
   * RetryAndFollowUpInterceptor). {@link #intercept} puts the header back, so that only this
   * class decides about retries and callers still see the back-end's header.
   */
  static Response shieldImmediateRetry(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() != 503 || retryAfter == null || !retryAfter.strip().equals("0")) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").header(PARKED_RETRY_AFTER, retryAfter).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (policy.maxAttempts() == 1 || !repeatable(request)) {
      return unparked(chain.proceed(request));
    }
    long started = System.nanoTime();
    long deadline = chain.call().timeout().timeoutNanos(); // 0: none
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt == policy.maxAttempts();
      Response response;
      try {
        response = unparked(chain.proceed(request));
        if (last) {
          return response;
        }
        if (!TRANSIENT.contains(response.code())) {
          return buffered(response);
        }
      } catch (IOException e) {
        if (last || chain.call().isCanceled()) {
          throw e;
        }
        Duration wait = backoff(attempt);
        if (!fits(wait, started, deadline)) {
          throw e;
        }
        log.debug("{} {}: attempt {} of {} failed ({}); trying again in {} ms [{}]", request.method(), path(request),
            attempt, policy.maxAttempts(), e.getClass().getSimpleName(), wait.toMillis(), id(request));
        pause(wait, chain);
        continue;
      }
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
      Duration wait = retryAfter != null ? retryAfter : backoff(attempt);
      if (!fits(wait, started, deadline)) {
        return response; // the caller gets the answer (with its Retry-After) rather than a wait past the deadline
      }
      response.close();
      log.debug("{} {}: attempt {} of {} answered {}; trying again in {} ms [{}]", request.method(), path(request),
          attempt, policy.maxAttempts(), response.code(), wait.toMillis(), id(request));
      pause(wait, chain);
    }
  }

  private static Response unparked(Response response) {
    String parked = response.header(PARKED_RETRY_AFTER);
    return parked == null ? response
        : response.newBuilder().removeHeader(PARKED_RETRY_AFTER).header("Retry-After", parked).build();
  }

  /** Safe to send again: an idempotent method, or a POST/PATCH with an idempotency key, and a body that can be re-sent. */
  static boolean repeatable(Request request) {
    boolean safe = IDEMPOTENT.contains(request.method()) || request.header(RetryPolicy.IDEMPOTENCY_KEY) != null;
    return safe && (request.body() == null || !request.body().isOneShot());
  }

  private Duration backoff(int attempt) {
    long ceiling = policy.backoffCeiling(attempt).toMillis();
    return Duration.ofMillis(ceiling == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
  }

  /** Whether waiting this long still leaves the call inside its deadline. */
  private static boolean fits(Duration wait, long started, long deadlineNanos) {
    if (deadlineNanos == 0) {
      return wait.compareTo(MAX_WAIT_WITHOUT_DEADLINE) <= 0;
    }
    return System.nanoTime() - started + wait.toNanos() < deadlineNanos;
  }

  private static void pause(Duration wait, Chain chain) throws IOException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
    if (chain.call().isCanceled()) {
      throw new IOException("Canceled");
    }
  }

  /**
   * The answer with its body read, when it has a known, moderate length: a body cut short then
   * fails here, where it can be retried, instead of in the caller's parser.
   */
  private static Response buffered(Response response) throws IOException {
    ResponseBody body = response.body();
    long length = body.contentLength();
    if (length < 0 || length > MAX_BUFFERED) {
      return response;
    }
    try (response) {
      byte[] bytes = body.bytes();
      return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    }
  }

  private static String path(Request request) {
    return Redaction.maskCpr(request.url().encodedPath());
  }

  private static String id(Request request) {
    return request.header(HttpClients.CORRELATION_ID);
  }
}
