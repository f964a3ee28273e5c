package dk.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.problem.Problem;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Http;
import dk.workbench.sandbox.testing.Populations;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox over real HTTP on loopback. */
class SandboxServerTest {
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();

  private static Population population;
  private static SandboxServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    population = Populations.defaultSeed();
    Clock fixed = Clock.fixed(TODAY.atTime(12, 0).atZone(DANISH_TIME).toInstant(), DANISH_TIME);
    server = SandboxServer.start(SandboxConfig.defaults(), population, fixed, List.of());
    http = Http.staff(server.baseUrl(), "CASEWORKER");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void healthSaysUp() throws Exception {
    HttpResponse<String> response = http.get("sandbox/v1/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(MAPPER.readTree(response.body())).isEqualTo(MAPPER.readTree("{\"status\":\"UP\"}"));
  }

  @Test
  void archetypesListsTheSamePersonsAsThePopulationWithAgesOfToday() throws Exception {
    HttpResponse<String> response = http.get("sandbox/v1/archetypes");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    List<ArchetypeEntry> served = MAPPER.readValue(response.body(), new TypeReference<>() {});
    List<ArchetypeEntry> drawn = population.archetypes(TODAY);
    assertThat(served.subList(0, drawn.size())).isEqualTo(drawn);
    // then the decisions API's deliberately wrong decisions, which are not drawn with the population
    assertThat(served.subList(drawn.size(), served.size())).allMatch(e -> e.archetype().equals("wrong-decision"));
    assertThat(served).extracting(ArchetypeEntry::archetype).containsAll(
        java.util.Arrays.stream(Archetype.values()).map(Archetype::id).toList());
  }

  @Test
  void everyArchetypePersonIsServedWithItsRecord() throws Exception {
    for (ArchetypeEntry entry : population.archetypes()) {
      HttpResponse<String> response = http.get("cpr/v1/persons/" + entry.cpr());

      assertThat(response.statusCode()).as(entry.archetype()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
      assertThat(MAPPER.readValue(response.body(), Person.class)).isEqualTo(population.find(entry.cpr()).orElseThrow());
    }
  }

  @Test
  void servedJsonHasTheSf1520FieldNames() throws Exception {
    String cpr = archetype("protected-address");
    JsonNode json = MAPPER.readTree(http.get("cpr/v1/persons/" + cpr).body());

    assertThat(json.get("personnummer").asText()).isEqualTo(cpr);
    assertThat(json.get("testdata").asBoolean()).isTrue();
    assertThat(json.path("persondata").fieldNames()).toIterable()
        .contains("navn", "koen", "foedselsdato", "status", "civilstand", "adressebeskyttelse", "tilmeldtDigitalpost");
    assertThat(json.path("adresse").path("aktuelAdresse").fieldNames()).toIterable()
        .contains("vejnavn", "husnummer", "postnummer", "postdistrikt", "kommunekode", "standardadresse");
    assertThat(json.path("relationer").fieldNames()).toIterable().contains("barn", "foraeldremyndighed");
  }

  @Test
  void theDashedFormIsServedToo() throws Exception {
    String cpr = archetype("single-pensioner");

    HttpResponse<String> response = http.get("cpr/v1/persons/" + cpr.substring(0, 6) + "-" + cpr.substring(6));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readValue(response.body(), Person.class).personnummer()).isEqualTo(cpr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "abcdefghij", "3213991234", "0101-011234", "01010112345", "0101309999", "%20"})
  void malformedCprIs400ProblemWithoutTheInput(String text) throws Exception {
    HttpResponse<String> response = http.get("cpr/v1/persons/" + text);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
    Problem problem = MAPPER.readValue(response.body(), Problem.class);
    assertThat(problem.type()).isEqualTo("https://workbench.dk/problems/invalid-cpr");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.title()).isNotBlank();
    assertThat(problem.detail()).isNotBlank();
    assertThat(problem.instance()).isEqualTo("/cpr/v1/persons/******-****");
    if (text.length() > 3) {
      assertThat(response.body()).doesNotContain(text);
    }
  }

  @Test
  void unknownCprIs404ProblemThatNeverShowsTheNumber() throws Exception {
    for (String cpr : List.of("0101010000", "010101-0000")) {
      HttpResponse<String> response = http.get("cpr/v1/persons/" + cpr);

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
      Problem problem = MAPPER.readValue(response.body(), Problem.class);
      assertThat(problem).isEqualTo(new Problem("https://workbench.dk/problems/not-found", "Not found", 404,
          "No person with this CPR number in the sandbox population.", "/cpr/v1/persons/******-****"));
      assertThat(response.body()).doesNotContain("0101010000").doesNotContain("010101-0000").doesNotContain("010101");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "nope", "cpr/v1/person", "cpr/v1/persons/0101011234/extra", "sandbox/v1/archetypes/x",
      "cpr/v2/persons/0101011234"})
  void unknownPathIs404Problem(String path) throws Exception {
    HttpResponse<String> response = http.get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
    Problem problem = MAPPER.readValue(response.body(), Problem.class);
    assertThat(problem.type()).isEqualTo("https://workbench.dk/problems/not-found");
    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.detail()).isEqualTo("No resource at this path.");
    assertThat(response.body()).doesNotContain("0101011234");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "HEAD"})
  void otherMethodsAre405ProblemWithAllow(String method) throws Exception {
    for (String path : List.of("cpr/v1/persons/0101011234", "sandbox/v1/archetypes", "sandbox/v1/health")) {
      HttpResponse<String> response = http.send(method, path);

      assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).contains("GET");
      assertThat(response.headers().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
      if (!method.equals("HEAD")) {
        Problem problem = MAPPER.readValue(response.body(), Problem.class);
        assertThat(problem.type()).isEqualTo("https://workbench.dk/problems/method-not-allowed");
        assertThat(problem.status()).isEqualTo(405);
        assertThat(response.body()).doesNotContain("0101011234");
      }
    }
  }

  @Test
  void correlationIdIsEchoed() {
    for (String path : List.of("sandbox/v1/health", "cpr/v1/persons/0101010000", "nope", "cpr/v1/persons/x")) {
      HttpResponse<String> response = http.get(path, "X-Correlation-Id", "test-42.a:b_c");

      assertThat(response.headers().firstValue("X-Correlation-Id")).as(path).contains("test-42.a:b_c");
    }
  }

  @Test
  void correlationIdIsCreatedWhenMissingOrUnfit() {
    HttpResponse<String> none = http.get("sandbox/v1/health");
    HttpResponse<String> unfit = http.get("sandbox/v1/health", "X-Correlation-Id", "<script>alert(1)</script>");

    for (HttpResponse<String> response : List.of(none, unfit)) {
      String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
      assertThat(UUID.fromString(id)).isNotNull();
    }
    assertThat(none.headers().firstValue("X-Correlation-Id")).isNotEqualTo(unfit.headers().firstValue("X-Correlation-Id"));
  }

  @Test
  void personDataIsNotCached() {
    HttpResponse<String> response = http.get("cpr/v1/persons/" + archetype("deceased"));

    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void unexpectedExceptionIs500ProblemWithoutStackTraceOrPersonalData() throws Exception {
    String cpr = archetype("deceased");
    Route failing = Route.get("test", "/test/boom/([^/]*)", request -> {
      throw new IllegalStateException("boom for " + request.pathParam(1) + " " + population.find(cpr).orElseThrow());
    }).open();
    Route erring = Route.get("test", "/test/error", request -> {
      throw new AssertionError("an Error, not an Exception");
    }).open();
    try (SandboxServer failingServer = SandboxServer.start(SandboxConfig.defaults(), population,
        Clock.systemUTC(), List.of(failing, erring))) {
      HttpResponse<String> response = new Http(failingServer.baseUrl())
          .get("test/boom/" + cpr, "X-Correlation-Id", "boom-1");

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.headers().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
      Problem problem = MAPPER.readValue(response.body(), Problem.class);
      assertThat(problem.type()).isEqualTo("https://workbench.dk/problems/internal-error");
      assertThat(problem.status()).isEqualTo(500);
      assertThat(problem.detail()).contains("boom-1");
      assertThat(problem.instance()).isEqualTo("/test/boom/******-****");
      String name = population.find(cpr).orElseThrow().persondata().navn().efternavn();
      assertThat(response.body()).doesNotContain(cpr).doesNotContain(name).doesNotContain("IllegalStateException")
          .doesNotContain("boom for").doesNotContain("at dk.").doesNotContain("\tat ");
      HttpResponse<String> error = new Http(failingServer.baseUrl()).get("test/error");
      assertThat(error.statusCode()).isEqualTo(500);
      assertThat(error.body()).contains("internal-error").doesNotContain("AssertionError").doesNotContain("an Error");
      // the server survives
      assertThat(new Http(failingServer.baseUrl()).get("sandbox/v1/health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void requestsRunOnNamedSandboxThreads() throws Exception {
    Route whoAmI = Route.get("test", "/test/thread", request ->
        Response.json(MAPPER, 200, java.util.Map.of("thread", Thread.currentThread().getName()))).open();
    try (SandboxServer named = SandboxServer.start(SandboxConfig.defaults(), population, Clock.systemUTC(), List.of(whoAmI))) {
      JsonNode body = MAPPER.readTree(new Http(named.baseUrl()).get("test/thread").body());

      assertThat(body.get("thread").asText()).matches("sandbox-http-\\d+");
    }
  }

  @Test
  void baseUrlIsLoopbackWithTheBoundPortAndATrailingSlash() {
    assertThat(server.port()).isPositive();
    assertThat(server.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    assertThat(server.population()).isSameAs(population);
  }

  @Test
  void startDrawsThePopulationOfTheConfiguredSeed() {
    try (SandboxServer seven = SandboxServer.start(SandboxConfig.defaults().withSeed(7))) {
      assertThat(seven.population().seed()).isEqualTo(7);
      assertThat(seven.population()).isEqualTo(Population.generate(7));
      String cpr = seven.population().archetypes().get(0).cpr();
      assertThat(Http.staff(seven.baseUrl(), "CASEWORKER").get("cpr/v1/persons/" + cpr).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void nonLoopbackHostsAreRefused() {
    assertThatThrownBy(() -> SandboxServer.start(SandboxConfig.defaults().withHost("192.0.2.1"), population,
        Clock.systemUTC(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    assertThatThrownBy(() -> SandboxServer.start(SandboxConfig.defaults().withHost("0.0.0.0"), population,
        Clock.systemUTC(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTakenPortIsReportedAsUncheckedIoException() {
    assertThatThrownBy(() -> SandboxServer.start(SandboxConfig.defaults().withPort(server.port()), population,
        Clock.systemUTC(), List.of()))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(java.net.BindException.class);
  }

  @Test
  void closeStopsServingAndMayBeRepeated() {
    SandboxServer closing = SandboxServer.start(SandboxConfig.defaults(), population, Clock.systemUTC(), List.of());
    Http client = Http.staff(closing.baseUrl(), "CASEWORKER");
    assertThat(client.get("sandbox/v1/health").statusCode()).isEqualTo(200);

    closing.close();
    closing.close();

    assertThatThrownBy(() -> new Socket("127.0.0.1", closing.port()).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void answersConcurrentRequestsCorrectly() throws Exception {
    List<String> cprs = population.persons().stream().limit(400).map(Person::personnummer).toList();
    long started = System.nanoTime();
    Set<Integer> statuses = cprs.parallelStream()
        .map(cpr -> {
          HttpResponse<String> response = http.get("cpr/v1/persons/" + cpr, "X-Correlation-Id", "c-" + cpr.hashCode());
          assertThat(response.headers().firstValue("X-Correlation-Id")).contains("c-" + cpr.hashCode());
          assertThat(response.body()).contains("\"personnummer\":\"" + cpr + "\"");
          return response.statusCode();
        })
        .collect(Collectors.toSet());
    long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);

    assertThat(statuses).containsExactly(200);
    System.out.println(cprs.size() + " person look-ups in " + millis + " ms (" + cprs.size() * 1000 / millis + "/s)");
  }

  @Test
  void keepAliveRequestsAreNotHeldBackByNagleAndDelayedAcks() {
    String cpr = archetype("pensioner-couple");
    http.get("cpr/v1/persons/" + cpr); // open the connection
    long started = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      assertThat(http.get("cpr/v1/persons/" + cpr).statusCode()).isEqualTo(200);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;

    // without TCP_NODELAY each answer waits ~40 ms for the client's delayed ACK: 100 take 4 s or more
    assertThat(millis).as("100 sequential look-ups, ms").isLessThan(2_500);
  }

  @Test
  void instanceMasksCprLikeNumbersInUnknownPaths() throws Exception {
    HttpResponse<String> response = http.get("some/where/010101-1234/and/0101011234");

    Problem problem = MAPPER.readValue(response.body(), Problem.class);
    assertThat(problem.instance()).isEqualTo("/some/where/******-****/and/******-****");
    assertThat(Pattern.compile("\\d{6}").matcher(response.body()).find()).isFalse();
  }

  private static String archetype(String id) {
    return population.archetypes().stream().filter(e -> e.archetype().equals(id)).findFirst().orElseThrow().cpr();
  }
}
