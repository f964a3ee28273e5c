package dk.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.contracts.ContractsJson;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** How {@link JsonCall} maps what happens while a 2xx body is read, against MockWebServer. */
class JsonCallTest {
  /** A body long enough that the parser is mid-way when it stalls. */
  private static final String LONG_JSON = "{\"names\":[" + "\"x\",".repeat(2_000) + "\"x\"]}";

  record Names(List<String> names) {}

  @StartStop public final MockWebServer server = new MockWebServer();

  /** No retries, so that the first attempt's failure is what the caller sees. */
  private JsonCall call(Duration readTimeout) {
    HttpSettings settings = new HttpSettings(Duration.ofSeconds(1), readTimeout, Duration.ofSeconds(10), "test",
        RetryPolicy.none());
    return new JsonCall(HttpClients.newClient(settings), ContractsJson.newMapper());
  }

  private Request get() {
    return new Request.Builder().url(server.url("/cpr/v1/persons")).build();
  }

  /** 200 at once, then 1 KiB of the body every {@code periodMillis}. */
  private static MockResponse stalling(long periodMillis) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(LONG_JSON)
        .throttleBody(1_024, periodMillis, TimeUnit.MILLISECONDS).build();
  }

  @Test
  void aBodyStallingPastTheReadTimeoutIsATimeout() {
    server.enqueue(stalling(2_000));

    assertThatThrownBy(() -> call(Duration.ofMillis(200)).execute(get(), Names.class))
        .isInstanceOf(ApiTimeoutException.class);
  }

  /** The body keeps coming (well within the read timeout) but takes over 2 s in all: only the deadline ends it. */
  @Test
  void aBodyStallingPastTheDeadlineIsATimeout() {
    server.enqueue(stalling(300));

    assertThatThrownBy(() -> call(Duration.ofSeconds(5)).withDeadline(Duration.ofMillis(500)).execute(get(),
        Names.class)).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void aBodyCutShortIsAConnectionFailureNotAMalformedAnswer() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(LONG_JSON).throttleBody(1_024, 50, TimeUnit.MILLISECONDS)
        .onResponseBody(new SocketEffect.CloseSocket()).build());

    assertThatThrownBy(() -> call(Duration.ofSeconds(2)).execute(get(), Names.class))
        .isExactlyInstanceOf(ApiConnectionException.class);
  }

  @Test
  void aSlowButSteadyBodyIsRead() throws Exception {
    server.enqueue(stalling(20));

    assertThat(call(Duration.ofMillis(500)).execute(get(), Names.class).names()).hasSize(2_001);
  }

  @Test
  void executeForBytesAnswersTheBodyAsItIs() throws Exception {
    byte[] pdf = {'%', 'P', 'D', 'F', '-', 0, (byte) 0xff, '\n'};
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/pdf")
        .body(new okio.Buffer().write(pdf)).build());

    assertThat(call(Duration.ofSeconds(1)).executeForBytes(get(), 100)).isEqualTo(pdf);
  }

  @Test
  void executeForBytesRefusesABodyOverTheLimit() {
    server.enqueue(new MockResponse.Builder().code(200).body("x".repeat(101)).build());

    assertThatThrownBy(() -> call(Duration.ofSeconds(1)).executeForBytes(get(), 100))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> assertThat(e.status()).isEqualTo(200));
  }

  @Test
  void executeForBytesMapsErrorAnswersLikeExecute() {
    server.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "application/problem+json")
        .body("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No message\"}").build());
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "7").build());

    assertThatThrownBy(() -> call(Duration.ofSeconds(1)).executeForBytes(get(), 100))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.problem()).hasValueSatisfying(p -> assertThat(p.detail()).isEqualTo("No message")));
    assertThatThrownBy(() -> call(Duration.ofSeconds(1)).executeForBytes(get(), 100))
        .isInstanceOfSatisfying(UnavailableException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
  }

  @Test
  void executeForBytesTimesOutOnAStallingBodyAndHonoursTheDeadline() {
    server.enqueue(stalling(2_000));
    server.enqueue(stalling(300));

    assertThatThrownBy(() -> call(Duration.ofMillis(200)).executeForBytes(get(), 100_000))
        .isInstanceOf(ApiTimeoutException.class);
    assertThatThrownBy(() -> call(Duration.ofSeconds(5)).withDeadline(Duration.ofMillis(500))
        .executeForBytes(get(), 100_000)).isInstanceOf(ApiTimeoutException.class);
  }
}
