package dk.workbench.clients.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.ApiTimeoutException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.http.MalformedResponseException;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.RetryPolicy;
import dk.workbench.http.ServerErrorException;
import dk.workbench.http.UnauthorizedException;
import dk.workbench.http.UnavailableException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Shared MockWebServer set-up for the cases, benefits and decisions client tests: an endpoint
 * with short timeouts and no retries, canned answers, and the table of error statuses and the
 * typed exception each must become.
 */
public final class MockBackEnd {
  private MockBackEnd() {}

  /** A call that must fail. */
  @FunctionalInterface
  public interface Call {
    Object run() throws ApiException;
  }

  /** Short timeouts, no retries (retrying is tested in http-support). */
  public static ApiEndpoint endpoint(MockWebServer server) {
    HttpSettings fast = new HttpSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), "test")
        .withRetry(RetryPolicy.none());
    return ApiEndpoint.of(server.url("/").uri(), HttpClients.newClient(fast));
  }

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  /** A problem answer of the status, with a Retry-After for 429 and 503. */
  public static MockResponse problem(int code) {
    MockResponse.Builder b = new MockResponse.Builder().code(code).addHeader("Content-Type", "application/problem+json")
        .addHeader("X-Correlation-Id", "corr-" + code)
        .body("{\"type\":\"https://workbench.dk/problems/x\",\"title\":\"T\",\"status\":" + code + "}");
    if (code == 429 || code == 503) {
      b.addHeader("Retry-After", "7");
    }
    return b.build();
  }

  /** Status → the exception type the client must throw. */
  public static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(400, ClientErrorException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(429, UnavailableException.class),
        Arguments.of(500, ServerErrorException.class),
        Arguments.of(503, UnavailableException.class));
  }

  /** The error answer becomes the typed exception with the status, the problem and (for 429/503) Retry-After. */
  public static void assertMapsError(MockWebServer server, int status, Class<? extends ApiException> type, Call call) {
    server.enqueue(problem(status));
    assertThatThrownBy(call::run).isInstanceOfSatisfying(type, e -> {
      assertThat(e.status()).isEqualTo(status);
      if (e instanceof UnavailableException u) {
        assertThat(u.retryAfter()).hasValue(Duration.ofSeconds(7));
      }
    });
  }

  /** A truncated body is a malformed response, an answer that comes too slowly a timeout. */
  public static void assertMalformedAndSlow(MockWebServer server, String validBody, Call call) {
    server.enqueue(json(200, validBody.substring(0, validBody.length() / 2)));
    assertThatThrownBy(call::run).isInstanceOf(MalformedResponseException.class);
    server.enqueue(json(200, validBody).newBuilder().headersDelay(3, TimeUnit.SECONDS).build());
    assertThatThrownBy(call::run).isInstanceOf(ApiTimeoutException.class);
  }
}
