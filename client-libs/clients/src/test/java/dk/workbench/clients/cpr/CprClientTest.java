package dk.workbench.clients.cpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Kontaktoplysninger;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.PersonSearchResult;
import dk.workbench.http.ApiConnectionException;
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
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CprClientTest {
  private static final String PERSON_JSON = """
      {"personnummer":"0707614285","testdata":true,
       "persondata":{"navn":{"fornavn":"Karen","mellemnavn":"Marie","efternavn":"Sørensen","adresseringsnavn":"Sørensen,Karen Marie"},
         "koen":"K","foedselsdato":"1961-07-07","status":{"status":"01","statusdato":"1961-07-07"},
         "civilstand":{"civilstandKode":"G","civilstandsdato":"1985-06-01"},
         "tilmeldtDigitalpost":true,"tilmeldtNemsms":false,"nytFelt":"ignored"},
       "adresse":{"aktuelAdresse":{"vejnavn":"Åboulevarden","husnummer":"12","etage":"2","sidedoer":"tv",
         "postnummer":"8000","postdistrikt":"Aarhus C","kommunekode":"751","standardadresse":"Åboulevarden 12, 2. tv"}},
       "relationer":{"aegtefaelle":{"personnummer":"0101601234"}}}
      """;

  @StartStop public final MockWebServer server = new MockWebServer();

  private CprNumber cpr;
  private CprClient client;

  @BeforeEach
  void setUp() throws Exception {
    cpr = CprNumber.parse("070761-4285", LocalDate.of(2026, 1, 1));
    HttpSettings fast = new HttpSettings(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(2), "test",
        new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20)));
    client = new CprClient(ApiEndpoint.of(server.url("/").uri(), HttpClients.newClient(fast)));
  }

  @Test
  void lookupMapsThePersonAndTolerantOfNewFields() throws Exception {
    server.enqueue(json(200, PERSON_JSON));

    Person person = client.lookupPerson(cpr);

    assertThat(person.persondata().navn().fuldtNavn()).isEqualTo("Karen Marie Sørensen");
    assertThat(person.persondata().foedselsdato()).isEqualTo(LocalDate.of(1961, 7, 7));
    assertThat(person.adresse().aktuelAdresse().enLinje()).isEqualTo("Åboulevarden 12, 2. tv, 8000 Aarhus C");
    assertThat(person.relationer().barn()).isEmpty();
    assertThat(person.relationer().aegtefaelle().personnummer()).isEqualTo("0101601234");
  }

  @Test
  void lookupSendsGetWithTheTenDigitsAndACorrelationId() throws Exception {
    server.enqueue(json(200, PERSON_JSON));

    client.lookupPerson(cpr);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/cpr/v1/persons/0707614285");
    assertThat(request.getHeaders().get(HttpClients.CORRELATION_ID)).isNotBlank();
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void notFoundCarriesTheProblemAndNoCpr() {
    server.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "application/problem+json")
        .body("{\"type\":\"https://workbench.dk/problems/not-found\",\"title\":\"Ingen person\",\"status\":404}").build());

    assertThatThrownBy(() -> client.lookupPerson(cpr))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.problem()).hasValueSatisfying(p -> assertThat(p.title()).isEqualTo("Ingen person"));
          assertThat(e.getMessage()).doesNotContain("0707614285", "070761");
          assertThat(e.redactedUrl()).contains("******-****");
        });
  }

  @Test
  void badRequestIsAClientError() {
    server.enqueue(json(400, "{\"title\":\"Ugyldigt CPR-nummer\",\"status\":400}"));
    assertThatThrownBy(() -> client.lookupPerson(cpr))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void serverErrorWithoutProblemBodyStillKeepsTheStatus() {
    server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
    assertThatThrownBy(() -> client.lookupPerson(cpr))
        .isInstanceOfSatisfying(ServerErrorException.class, e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.problem()).isEmpty();
        });
  }

  @Test
  void malformedJsonIsAMalformedResponse() {
    server.enqueue(json(200, "{\"personnummer\": \"07076"));
    assertThatThrownBy(() -> client.lookupPerson(cpr)).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void emptyBodyIsAMalformedResponse() {
    server.enqueue(json(200, "null"));
    assertThatThrownBy(() -> client.lookupPerson(cpr)).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void slowAnswerTimesOut() {
    server.enqueue(json(200, PERSON_JSON).newBuilder().headersDelay(3, TimeUnit.SECONDS).build());
    assertThatThrownBy(() -> client.lookupPerson(cpr)).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void unreachableBackEndIsAConnectionError() throws IOException {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    CprClient nowhere = new CprClient(ApiEndpoint.of(URI.create("http://127.0.0.1:" + freePort + "/"),
        HttpClients.newClient(HttpSettings.defaults())));
    assertThatThrownBy(() -> nowhere.lookupPerson(cpr))
        .isInstanceOf(ApiConnectionException.class)
        .isNotInstanceOf(ApiTimeoutException.class)
        .satisfies(e -> assertThat(((ApiException) e).status()).isZero());
  }

  @Test
  void searchSendsTheNameAndBirthDateAsQueryAndMapsTheCandidates() throws Exception {
    server.enqueue(json(200, """
        {"candidates":[{"personnummer":"0707614285","navn":{"fornavn":"Karen","efternavn":"Sørensen"},
          "foedselsdato":"1961-07-07","status":{"status":"01"},"adressebeskyttet":true}],"total":1,"truncated":false}
        """));

    PersonSearchResult result = client.search(" Karen Sørensen ", LocalDate.of(1961, 7, 7));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/cpr/v1/persons");
    assertThat(request.getUrl().queryParameter("navn")).isEqualTo("Karen Sørensen");
    assertThat(request.getUrl().queryParameter("foedselsdato")).isEqualTo("1961-07-07");
    assertThat(result.candidates()).singleElement().satisfies(c -> {
      assertThat(c.personnummer()).isEqualTo("0707614285");
      assertThat(c.adressebeskyttet()).isTrue();
      assertThat(c.aktuelAdresse()).isNull();
    });
  }

  @Test
  void searchByPhoneSendsTheNumberAsWrittenAndTheSubResourcesTheirPaths() throws Exception {
    server.enqueue(json(200, "{\"candidates\":[],\"total\":0,\"truncated\":false}"));
    server.enqueue(json(200, "{\"telefonnumre\":[{\"nummer\":\"20123456\",\"type\":\"MOBIL\"}]}"));
    server.enqueue(json(200, "{\"vejnavn\":\"Åboulevarden\",\"husnummer\":\"12\",\"postnummer\":\"8000\","
        + "\"postdistrikt\":\"Aarhus C\",\"kommunekode\":\"751\",\"standardadresse\":\"Åboulevarden 12\"}"));

    assertThat(client.searchByPhone("+45 20 12 34 56").candidates()).isEmpty();
    assertThat(client.contact(cpr).telefonnumre()).extracting(Kontaktoplysninger.Telefonnummer::nummer)
        .containsExactly("20123456");
    assertThat(client.address(cpr).postnummer()).isEqualTo("8000");

    assertThat(server.takeRequest().getUrl().queryParameter("telefon")).isEqualTo("+45 20 12 34 56");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/cpr/v1/persons/0707614285/kontakt");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/cpr/v1/persons/0707614285/adresse");
  }

  @Test
  void blankSearchesAreRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> client.search(" ", LocalDate.of(1961, 7, 7))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.searchByPhone("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unauthorizedAndForbiddenAreTyped() {
    server.enqueue(json(401, "{\"title\":\"Unauthorized\",\"status\":401}"));
    server.enqueue(json(403, "{\"title\":\"Forbidden\",\"status\":403}"));

    assertThatThrownBy(() -> client.lookupPerson(cpr)).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> client.address(cpr)).isInstanceOf(ForbiddenException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void tooManyRequestsIsRetriedThenUnavailableWithRetryAfter() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(429, "{\"title\":\"Too many\",\"status\":429}").newBuilder()
          .setHeader("Retry-After", "0").build());
    }

    assertThatThrownBy(() -> client.searchByPhone("20123456"))
        .isInstanceOfSatisfying(UnavailableException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.retryAfter()).contains(Duration.ZERO);
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aServiceUnavailableThatRecoversIsInvisibleToTheCaller() throws Exception {
    server.enqueue(json(503, "{\"title\":\"Unavailable\",\"status\":503}"));
    server.enqueue(json(200, PERSON_JSON));

    assertThat(client.lookupPerson(cpr).personnummer()).isEqualTo("0707614285");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aSlowBodyTimesOut() {
    server.enqueue(json(200, PERSON_JSON).newBuilder().throttleBody(16, 1, TimeUnit.SECONDS).build());

    assertThatThrownBy(() -> client.lookupPerson(cpr)).isInstanceOf(ApiTimeoutException.class);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }
}
