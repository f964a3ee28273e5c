package dk.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.workbench.contracts.ContractsJson;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries in the shared client, against MockWebServer: which calls, after what, how long, how often. */
class RetryTest {
  private static final MediaType JSON = MediaType.get("application/json");
  /** Three attempts, waits of at most 20 ms, so that the tests are fast. */
  private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20));

  @StartStop public final MockWebServer server = new MockWebServer();

  private JsonCall call(RetryPolicy policy, Duration callTimeout) {
    HttpSettings settings = new HttpSettings(Duration.ofSeconds(1), Duration.ofMillis(500), callTimeout, "test", policy);
    return new JsonCall(HttpClients.newClient(settings), ContractsJson.newMapper());
  }

  private JsonCall call() {
    return call(FAST, Duration.ofSeconds(5));
  }

  private Request get() {
    return new Request.Builder().url(server.url("/cpr/v1/persons/0707614285")).build();
  }

  private Request post(String idempotencyKey) {
    Request.Builder b = new Request.Builder().url(server.url("/interactions/v1/interactions"))
        .post(RequestBody.create("{\"note\":\"x\"}", JSON));
    if (idempotencyKey != null) {
      b.header(RetryPolicy.IDEMPOTENCY_KEY, idempotencyKey);
    }
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void transientAnswersAreRetriedUntilOneSucceeds(int status) throws Exception {
    server.enqueue(status(status));
    server.enqueue(status(status));
    server.enqueue(ok());

    JsonNode answer = call().execute(get(), JsonNode.class);

    assertThat(answer.get("ok").asBoolean()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500, 501})
  void otherErrorsAreNotRetried(int status) {
    server.enqueue(status(status));
    server.enqueue(ok());

    assertThatThrownBy(() -> call().execute(get(), JsonNode.class))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void afterMaxAttemptsTheLastAnswerIsTheCallersWithOneCorrelationId() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }

    assertThatThrownBy(() -> call().execute(get(), JsonNode.class)).isInstanceOf(UnavailableException.class);

    assertThat(server.getRequestCount()).isEqualTo(3);
    String id = server.takeRequest().getHeaders().get(HttpClients.CORRELATION_ID);
    assertThat(server.takeRequest().getHeaders().get(HttpClients.CORRELATION_ID)).isEqualTo(id);
    assertThat(server.takeRequest().getHeaders().get(HttpClients.CORRELATION_ID)).isEqualTo(id);
  }

  @Test
  void retryAfterInSecondsIsHonoured() throws Exception {
    server.enqueue(status(503).newBuilder().setHeader("Retry-After", "1").build());
    server.enqueue(ok());

    long started = System.nanoTime();
    call().execute(get(), JsonNode.class);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(millis).as("waited for Retry-After, not the 20 ms backoff").isBetween(950L, 3_000L);
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() throws Exception {
    String inOneSecond = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2).withNano(0));
    server.enqueue(status(429).newBuilder().setHeader("Retry-After", inOneSecond).build());
    server.enqueue(ok());

    long started = System.nanoTime();
    call().execute(get(), JsonNode.class);

    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(900L);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRetryAfterBeyondTheDeadlineIsNotWaitedFor() {
    server.enqueue(status(503).newBuilder().setHeader("Retry-After", "30").build());
    server.enqueue(ok());

    long started = System.nanoTime();
    assertThatThrownBy(() -> call(FAST, Duration.ofSeconds(2)).execute(get(), JsonNode.class))
        .isInstanceOfSatisfying(UnavailableException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));

    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000L);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theDeadlineBoundsTheWholeCallWithItsRetries() {
    RetryPolicy patient = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(200));
    for (int i = 0; i < 10; i++) {
      server.enqueue(status(503).newBuilder().setHeader("Retry-After", "0").headersDelay(150, TimeUnit.MILLISECONDS)
          .build());
    }

    long started = System.nanoTime();
    assertThatThrownBy(() -> call(patient, Duration.ofMillis(700)).execute(get(), JsonNode.class))
        .isInstanceOfAny(ApiTimeoutException.class, UnavailableException.class);
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(millis).isLessThan(1_000L);
    assertThat(server.getRequestCount()).isBetween(2, 5);
  }

  @Test
  void aPerCallDeadlineOverridesTheClients() {
    server.enqueue(ok().newBuilder().headersDelay(3, TimeUnit.SECONDS).build());

    long started = System.nanoTime();
    assertThatThrownBy(() -> call(RetryPolicy.none(), Duration.ofSeconds(10)).withDeadline(Duration.ofMillis(300))
        .execute(get(), JsonNode.class)).isInstanceOf(ApiTimeoutException.class);

    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_500L);
  }

  @Test
  void aReadTimeoutIsRetried() throws Exception {
    server.enqueue(ok().newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(ok());

    JsonNode answer = call().execute(get(), JsonNode.class);

    assertThat(answer.get("ok").asBoolean()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aDroppedConnectionIsRetriedForGet() throws Exception {
    server.enqueue(ok().newBuilder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok());

    assertThat(call().execute(get(), JsonNode.class).get("ok").asBoolean()).isTrue();
  }

  @Test
  void aTruncatedBodyIsRetriedForGet() throws Exception {
    server.enqueue(ok().newBuilder().body("{\"ok\":true,\"padding\":\"" + "x".repeat(10_000) + "\"}")
        .onResponseBody(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok());

    assertThat(call().execute(get(), JsonNode.class).get("ok").asBoolean()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aPostWithoutIdempotencyKeyIsNeverRetried() {
    server.enqueue(status(503));
    server.enqueue(ok());
    assertThatThrownBy(() -> call().execute(post(null), JsonNode.class)).isInstanceOf(UnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPostWithoutIdempotencyKeyIsNotResentAfterADroppedConnection() throws Exception {
    server.enqueue(ok().newBuilder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok());

    assertThatThrownBy(() -> call().execute(post(null), JsonNode.class)).isInstanceOf(ApiConnectionException.class);
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRetriedPostCarriesTheSameIdempotencyKeyAndBody() throws Exception {
    server.enqueue(status(503));
    server.enqueue(ok().newBuilder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok());

    JsonNode answer = call().execute(post("key-42"), JsonNode.class);

    assertThat(answer.get("ok").asBoolean()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      RecordedRequest recorded = server.takeRequest();
      assertThat(recorded.getHeaders().get(RetryPolicy.IDEMPOTENCY_KEY)).isEqualTo("key-42");
      assertThat(recorded.getBody().utf8()).isEqualTo("{\"note\":\"x\"}");
    }
  }

  @Test
  void okHttpDoesNotSilentlyRepeatAPostOnRetryAfterZero() throws Exception {
    server.enqueue(status(503).newBuilder().setHeader("Retry-After", "0").build());
    server.enqueue(ok());

    assertThatThrownBy(() -> call().execute(post(null), JsonNode.class))
        .isInstanceOfSatisfying(UnavailableException.class, e -> assertThat(e.retryAfter()).contains(Duration.ZERO));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aGetWithRetryAfterZeroCountsEveryAttempt() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503).newBuilder().setHeader("Retry-After", "0").build());
    }

    assertThatThrownBy(() -> call().execute(get(), JsonNode.class)).isInstanceOf(UnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void noRetriesWithThePolicyNone() {
    server.enqueue(status(503));
    server.enqueue(ok());

    assertThatThrownBy(() -> call(RetryPolicy.none(), Duration.ofSeconds(2)).execute(get(), JsonNode.class))
        .isInstanceOf(UnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void backoffGrowsExponentiallyUpToTheCap() {
    RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350));

    assertThat(policy.backoffCeiling(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoffCeiling(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoffCeiling(3)).isEqualTo(Duration.ofMillis(350));
    assertThat(policy.backoffCeiling(9)).isEqualTo(Duration.ofMillis(350));
  }

  @Test
  void impossiblePoliciesAreRefused() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{\"ok\":true}")
        .build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/problem+json")
        .body("{\"title\":\"t\",\"status\":" + code + "}").build();
  }
}
