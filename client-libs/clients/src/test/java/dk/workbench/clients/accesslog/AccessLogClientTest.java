package dk.workbench.clients.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessLogPage;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.accesslog.Actor;
import dk.workbench.contracts.accesslog.ActorType;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.accesslog.LegalBasis;
import dk.workbench.contracts.accesslog.NewAccessLogEntry;
import dk.workbench.contracts.accesslog.Organisation;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.ApiTimeoutException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.http.MalformedResponseException;
import dk.workbench.http.RetryPolicy;
import dk.workbench.http.UnavailableException;
import java.time.Duration;
import java.time.Instant;
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

/** {@link AccessLogClient} against a scripted server: requests sent, answers and failures mapped. */
class AccessLogClientTest {
  static final String ENTRY_JSON = """
      {"id":"e-1","timestamp":"2026-03-01T09:15:00Z",
       "actor":{"type":"EMPLOYEE","organisation":{"name":"Udbetaling Danmark","cvr":"12345674"},
                "role":"Sagsbehandler","employeeName":"Mette Hansen","nameWithheld":false},
       "system":"Pensionssystemet","action":"READ","dataCategories":["BENEFITS","INCOME"],
       "purpose":"CASE_PROCESSING","legalBasis":{"text":"Folkepension","reference":"Lov om social pension"},
       "correlationId":"c-1","nytFelt":1}
      """;
  private static final String PAGE_JSON = "{\"entries\":[" + ENTRY_JSON
      + "],\"page\":2,\"size\":1,\"totalEntries\":1000000,\"totalPages\":1000000}";
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();

  @StartStop public final MockWebServer server = new MockWebServer();

  private CprNumber cpr;
  private AccessLogClient client;
  private AccessLogClient withRetries;

  @BeforeEach
  void setUp() throws Exception {
    cpr = CprNumber.parse("1306449369", LocalDate.of(2026, 1, 1));
    HttpSettings fast = new HttpSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), "test");
    client = new AccessLogClient(ApiEndpoint.of(server.url("/").uri(),
        HttpClients.newClient(fast.withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO)))));
    withRetries = new AccessLogClient(ApiEndpoint.of(server.url("/").uri(),
        HttpClients.newClient(fast.withRetry(new RetryPolicy(3, Duration.ZERO, Duration.ofMillis(10))))));
  }

  @Test
  void entriesSendsPageSizeAndEveryFilterAndMapsThePage() throws Exception {
    server.enqueue(json(200, PAGE_JSON));

    AccessLogPage page = client.entries(cpr, AccessLogQuery.firstPage(1).page(2).action(AccessAction.READ)
        .purpose(AccessPurpose.CASE_PROCESSING).organisation("Udbetaling Danmark")
        .between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/accesslog/v1/citizens/1306449369/entries");
    assertThat(request.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(request.getUrl().queryParameter("size")).isEqualTo("1");
    assertThat(request.getUrl().queryParameter("organisation")).isEqualTo("Udbetaling Danmark");
    assertThat(request.getUrl().queryParameter("action")).isEqualTo("READ");
    assertThat(request.getUrl().queryParameter("purpose")).isEqualTo("CASE_PROCESSING");
    assertThat(request.getUrl().queryParameter("from")).isEqualTo("2025-01-01");
    assertThat(request.getUrl().queryParameter("to")).isEqualTo("2025-12-31");
    assertThat(page.totalEntries()).isEqualTo(1_000_000);
    assertThat(page.entries()).singleElement().satisfies(e -> {
      assertThat(e.actor().employeeName()).isEqualTo("Mette Hansen");
      assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-03-01T09:15:00Z"));
      assertThat(e.dataCategories()).containsExactly(DataCategory.BENEFITS, DataCategory.INCOME);
    });
  }

  @Test
  void anUnfilteredQuerySendsOnlyPageAndSize() throws Exception {
    server.enqueue(json(200, PAGE_JSON));
    client.entries(cpr, AccessLogQuery.firstPage(100));
    assertThat(server.takeRequest().getUrl().queryParameterNames()).containsExactlyInAnyOrder("page", "size");
  }

  @Test
  void recordPostsTheEntryAsJsonWithTheIdempotencyKey() throws Exception {
    server.enqueue(json(201, ENTRY_JSON));

    AccessLogEntry stored = client.record(newEntry(), "key-123");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/accesslog/v1/entries");
    assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("key-123");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    JsonNode body = MAPPER.readTree(request.getBody().utf8());
    assertThat(body.get("citizen").asText()).isEqualTo("1306449369");
    assertThat(body.get("action").asText()).isEqualTo("READ");
    assertThat(body.get("dataCategories")).hasSize(2);
    assertThat(body.has("onBehalfOf")).isFalse();
    assertThat(stored.id()).isEqualTo("e-1");
  }

  @Test
  void aRetriedRecordCarriesTheSameKey() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(json(201, ENTRY_JSON));

    withRetries.record(newEntry(), "key-retry");

    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    String second = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(first).isEqualTo("key-retry").isEqualTo(second);
  }

  @Test
  void aKeyIsRequired() {
    assertThatThrownBy(() -> client.record(newEntry(), " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.record(newEntry(), null)).isInstanceOf(NullPointerException.class);
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
  void errorAnswersBecomeTypedExceptionsWithoutTheCprNumber(int status, Class<? extends ApiException> type) {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/problem+json")
        .addHeader("Retry-After", "7")
        .body("{\"type\":\"https://workbench.dk/problems/x\",\"title\":\"T\",\"status\":" + status + "}").build());

    assertThatThrownBy(() -> client.entries(cpr, AccessLogQuery.firstPage(10)))
        .isInstanceOf(type)
        .satisfies(e -> {
          ApiException api = (ApiException) e;
          assertThat(api.status()).isEqualTo(status);
          assertThat(api.correlationId()).isNotBlank();
          assertThat(api.getMessage()).doesNotContain("1306449369", "130644");
          if (api instanceof UnavailableException u) {
            assertThat(u.retryAfter()).hasValue(Duration.ofSeconds(7));
          }
        });
  }

  @Test
  void aConflictOnRecordIsAClientError() {
    server.enqueue(json(409, "{\"title\":\"Conflict\",\"status\":409}"));
    assertThatThrownBy(() -> client.record(newEntry(), "key-used"))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void malformedOrEmptyBodiesAreMalformedResponses() {
    server.enqueue(json(200, "{\"entries\":[{\"id\":"));
    server.enqueue(json(200, "null"));
    server.enqueue(json(200, "{\"entries\":[{\"timestamp\":\"yesterday\"}]}"));
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> client.entries(cpr, AccessLogQuery.firstPage(10)))
          .isInstanceOf(MalformedResponseException.class);
    }
  }

  @Test
  void aSlowBodyWithinTheTimeoutsIsReadAndSlowHeadersTimeOut() throws Exception {
    server.enqueue(json(200, PAGE_JSON).newBuilder().throttleBody(256, 100, TimeUnit.MILLISECONDS).build());
    server.enqueue(json(200, PAGE_JSON).newBuilder().headersDelay(2, TimeUnit.SECONDS).build());

    assertThat(client.entries(cpr, AccessLogQuery.firstPage(10)).entries()).hasSize(1);
    assertThatThrownBy(() -> client.entries(cpr, AccessLogQuery.firstPage(10))).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void theQueryRefusesImpossiblePages() {
    assertThatThrownBy(() -> AccessLogQuery.firstPage(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AccessLogQuery.firstPage(501)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AccessLogQuery.firstPage(10).page(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AccessLogQuery.firstPage(10).between(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static NewAccessLogEntry newEntry() {
    return new NewAccessLogEntry("1306449369", null,
        new Actor(ActorType.EMPLOYEE, new Organisation("Udbetaling Danmark", "12345674"), "Call-agent", null, false),
        "Citizen Workbench", AccessAction.READ, List.of(DataCategory.CPR_BASIC, DataCategory.BENEFITS),
        AccessPurpose.CITIZEN_INQUIRY, new LegalBasis("Vejledning af borgeren", "Forvaltningsloven"), null, "c-1");
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }
}
