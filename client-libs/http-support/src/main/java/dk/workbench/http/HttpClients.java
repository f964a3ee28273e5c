package dk.workbench.http;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one {@link OkHttpClient} the workbench shares between all API clients (one
 * connection pool and dispatcher). Clients needing other timeouts derive from it with
 * {@code newBuilder()}.
 *
 * <p>Every call gets a {@code User-Agent} and a correlation id (the same on all its attempts),
 * is retried as {@link HttpSettings#retry()} says (see {@link RetryPolicy}; OkHttp's own silent
 * retry is off, so a POST without an {@code Idempotency-Key} is never sent twice), and is
 * logged at debug as one line per attempt with method, masked path, status, time and
 * correlation id: never a query string, a header value or a body.
 */
public final class HttpClients {
  /** The header that ties a workbench call to the back-end's log lines. */
  public static final String CORRELATION_ID = "X-Correlation-Id";

  private static final Logger log = LoggerFactory.getLogger(HttpClients.class);

  private HttpClients() {}

  public static OkHttpClient newClient(HttpSettings settings) {
    return builder(settings).build();
  }

  /**
   * As {@link #newClient(HttpSettings)}, sending {@code Authorization: Bearer <token>} from the
   * source on every call and, after a 401, fetching a new token and trying once more.
   */
  public static OkHttpClient newClient(HttpSettings settings, TokenSource tokens) {
    return builder(settings).addInterceptor(bearer(tokens)).build();
  }

  private static OkHttpClient.Builder builder(HttpSettings settings) {
    return new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .callTimeout(settings.callTimeout())
        .retryOnConnectionFailure(false)
        .addInterceptor(headers(settings.userAgent()))
        .addInterceptor(new RetryInterceptor(settings.retry()))
        .addInterceptor(HttpClients::logRedacted)
        .addNetworkInterceptor(RetryInterceptor::shieldImmediateRetry);
  }

  private static Interceptor bearer(TokenSource tokens) {
    return chain -> {
      String token = tokens.token();
      Response response = chain.proceed(withToken(chain.request(), token));
      if (response.code() != 401) {
        return response;
      }
      response.close();
      tokens.invalidate(token);
      return chain.proceed(withToken(chain.request(), tokens.token()));
    };
  }

  private static Request withToken(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }

  /** Adds {@code User-Agent} and a fresh correlation id unless the caller set one. */
  private static Interceptor headers(String userAgent) {
    return chain -> {
      Request request = chain.request();
      Request.Builder builder = request.newBuilder().header("User-Agent", userAgent);
      if (request.header(CORRELATION_ID) == null) {
        builder.header(CORRELATION_ID, UUID.randomUUID().toString());
      }
      return chain.proceed(builder.build());
    };
  }

  /** One debug line per call: method, masked path, status, time, correlation id. No bodies, no query values. */
  private static Response logRedacted(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    String path = Redaction.maskCpr(request.url().encodedPath());
    String id = request.header(CORRELATION_ID);
    try {
      Response response = chain.proceed(request);
      if (log.isDebugEnabled()) {
        log.debug("{} {} -> {} in {} ms [{}]", request.method(), path, response.code(), (System.nanoTime() - start) / 1_000_000, id);
      }
      return response;
    } catch (IOException e) {
      log.debug("{} {} failed after {} ms [{}]: {}", request.method(), path, (System.nanoTime() - start) / 1_000_000, id,
          e.getClass().getSimpleName());
      throw e;
    }
  }
}
