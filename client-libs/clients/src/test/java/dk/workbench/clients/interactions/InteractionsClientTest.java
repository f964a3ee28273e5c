package dk.workbench.clients.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.ApiTimeoutException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.http.MalformedResponseException;
import dk.workbench.http.RetryPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link InteractionsClient} against a scripted server: requests sent, answers and failures mapped. */
class InteractionsClientTest {
  private static final String INTERACTION_JSON = """
      {"id":"i-1","occurredAt":"2026-02-03T10:00:00Z","recordedAt":"2026-02-03T10:12:00Z","channel":"PHONE",
       "reasons":["PENSION"],"notes":"Ringede om pensionstillæg.","outcome":"FOLLOW_UP_REQUIRED",
       "followUpDate":"2026-02-17","staff":{"username":"ud-agent-12","role":"CALL_AGENT","organisation":"Udbetaling Danmark"}}
      """;

  @StartStop public final MockWebServer server = new MockWebServer();

  private CprNumber cpr;
  private InteractionsClient client;
  private InteractionsClient withRetries;

  @BeforeEach
  void setUp() throws Exception {
    cpr = CprNumber.parse("1306449369", LocalDate.of(2026, 1, 1));
    HttpSettings fast = new HttpSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), "test");
    client = new InteractionsClient(ApiEndpoint.of(server.url("/").uri(),
        HttpClients.newClient(fast.withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO)))));
    withRetries = new InteractionsClient(ApiEndpoint.of(server.url("/").uri(),
        HttpClients.newClient(fast.withRetry(new RetryPolicy(3, Duration.ZERO, Duration.ofMillis(10))))));
  }

  @Test
  void listsTheCitizensInteractions() throws Exception {
    server.enqueue(json(200, "{\"interactions\":[" + INTERACTION_JSON + "]}"));

    List<Interaction> list = client.interactions(cpr);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/interactions/v1/citizens/1306449369/interactions");
    assertThat(list).singleElement().satisfies(i -> {
      assertThat(i.followUpDate()).isEqualTo(LocalDate.of(2026, 2, 17));
      assertThat(i.staff().username()).isEqualTo("ud-agent-12");
      assertThat(i.toString()).doesNotContain("pensionstillæg");
    });
  }

  @Test
  void recordPostsTheInteractionWithTheKeyAndARetryReusesIt() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(json(201, INTERACTION_JSON));

    Interaction stored = withRetries.record(cpr, newInteraction(), "call-2026-02-03-1");

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(first.getHeaders().get("Idempotency-Key")).isEqualTo("call-2026-02-03-1")
        .isEqualTo(second.getHeaders().get("Idempotency-Key"));
    JsonNode body = ContractsJson.newMapper().readTree(second.getBody().utf8());
    assertThat(body.get("channel").asText()).isEqualTo("PHONE");
    assertThat(body.get("reasons").get(0).asText()).isEqualTo("PENSION");
    assertThat(body.get("followUpDate").asText()).isEqualTo("2026-02-17");
    assertThat(body.has("staff")).isFalse();
    assertThat(stored.id()).isEqualTo("i-1");
  }

  @Test
  void aKeyIsRequired() {
    assertThatThrownBy(() -> client.record(cpr, newInteraction(), "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.record(cpr, newInteraction(), "x".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
      "400, dk.workbench.http.ClientErrorException",
      "401, dk.workbench.http.UnauthorizedException",
      "403, dk.workbench.http.ForbiddenException",
      "404, dk.workbench.http.NotFoundException",
      "409, dk.workbench.http.ClientErrorException",
      "429, dk.workbench.http.UnavailableException",
      "500, dk.workbench.http.ServerErrorException",
      "503, dk.workbench.http.UnavailableException"})
  void errorAnswersBecomeTypedExceptionsWithoutPersonalData(int status, Class<? extends ApiException> type) {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/problem+json")
        .body("{\"title\":\"T\",\"status\":" + status + "}").build());
    assertThatThrownBy(() -> client.record(cpr, newInteraction(), "k-" + status)).isInstanceOf(type).satisfies(e -> {
      assertThat(((ApiException) e).status()).isEqualTo(status);
      assertThat(e.getMessage()).doesNotContain("1306449369", "pensionstillæg");
    });
  }

  @Test
  void malformedAndSlowAnswersAreTyped() {
    server.enqueue(json(200, "{\"interactions\":[{\"channel\":\"TELEPATHY\"}]}"));
    server.enqueue(json(200, INTERACTION_JSON).newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
    assertThatThrownBy(() -> client.interactions(cpr)).isInstanceOf(MalformedResponseException.class);
    assertThatThrownBy(() -> client.interactions(cpr)).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void aConflictIsAClientError() {
    server.enqueue(json(409, "{\"title\":\"Conflict\",\"status\":409}"));
    assertThatThrownBy(() -> client.record(cpr, newInteraction(), "k"))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  static NewInteraction newInteraction() {
    return new NewInteraction(null, InteractionChannel.PHONE, List.of(InteractionReason.PENSION),
        "Ringede om pensionstillæg.", InteractionOutcome.FOLLOW_UP_REQUIRED, LocalDate.of(2026, 2, 17));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }
}
