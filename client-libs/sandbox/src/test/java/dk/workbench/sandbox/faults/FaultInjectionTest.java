package dk.workbench.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.problem.Problem;
import dk.workbench.contracts.sandbox.FaultSettings;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Http;
import dk.workbench.sandbox.testing.Populations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of injected fault, over real HTTP on loopback. */
class FaultInjectionTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();
  private static final Population POPULATION = Populations.defaultSeed();

  private SandboxServer server;
  private Http http;
  private String cpr;

  @BeforeEach
  void start() {
    server = SandboxServer.start(SandboxConfig.defaults(), POPULATION);
    http = Http.staff(server.baseUrl(), "CASEWORKER");
    cpr = POPULATION.archetypes().get(0).cpr();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void latencyHoldsTheAnswerBackButNotTheSandboxsOwnEndpoints() {
    server.faults().set(Faults.parse("*:latency=400ms,jitter=100ms"));

    long started = System.nanoTime();
    HttpResponse<String> person = http.get("cpr/v1/persons/" + cpr);
    long personMillis = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    HttpResponse<String> health = http.get("sandbox/v1/health");
    long healthMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(person.statusCode()).isEqualTo(200);
    assertThat(personMillis).isBetween(400L, 1_500L);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(healthMillis).isLessThan(300L);
  }

  @Test
  void latencyDoesNotOccupyTheRequestThreads() throws Exception {
    server.faults().set(Faults.parse("cpr:latency=500ms"));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      long started = System.nanoTime();
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(pool.submit(() -> http.get("cpr/v1/persons/" + cpr).statusCode()));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(200);
      }
      // 16 answers held 500 ms each by 4 request threads would take 2 s if the threads waited
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_500L);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void errorsAre503WithRetryAfterOr500AndTheEndpointIsNotServed() throws Exception {
    server.faults().set(Faults.parse("cpr:error=1,retryAfter=3s"));
    HttpResponse<String> unavailable = http.get("cpr/v1/persons/" + cpr, "X-Correlation-Id", "fault-1");
    server.faults().set(Faults.parse("cpr:error=1,status=500"));
    HttpResponse<String> failed = http.get("cpr/v1/persons/0101010000");

    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(unavailable.headers().firstValue("Retry-After")).contains("3");
    assertThat(unavailable.headers().firstValue("X-Correlation-Id")).contains("fault-1");
    assertThat(unavailable.headers().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
    Problem problem = MAPPER.readValue(unavailable.body(), Problem.class);
    assertThat(problem.type()).isEqualTo("https://workbench.dk/problems/unavailable");
    assertThat(problem.instance()).isEqualTo("/cpr/v1/persons/******-****");
    assertThat(unavailable.body()).doesNotContain(cpr);
    assertThat(failed.statusCode()).as("not the 404 the endpoint would give").isEqualTo(500);
    assertThat(failed.headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void aHangingRequestGetsNoAnswerAndDoesNotBlockTheServer() throws Exception {
    server.faults().set(Faults.parse("cpr:hang=1,hangFor=5s"));
    HttpClient impatient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Throwable>> hanging = new ArrayList<>();
      for (int i = 0; i < 8; i++) { // twice the server's request threads
        hanging.add(pool.submit(() -> failureOf(impatient, "cpr/v1/persons/" + cpr, Duration.ofMillis(800))));
      }
      Thread.sleep(200);
      long started = System.nanoTime();
      assertThat(http.get("sandbox/v1/health").statusCode()).isEqualTo(200);
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500L);
      for (Future<Throwable> f : hanging) {
        assertThat(f.get()).isInstanceOf(HttpTimeoutException.class);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aHangingRequestIsClosedWithoutAnswerAfterHangFor() {
    server.faults().set(Faults.parse("cpr:hang=1,hangFor=700ms"));
    HttpClient patient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    long started = System.nanoTime();
    Throwable failure = failureOf(patient, "cpr/v1/persons/" + cpr, Duration.ofSeconds(10));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(failure).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
    assertThat(millis).isBetween(650L, 5_000L);
  }

  @Test
  void malformedBodiesKeepTheStatusAndBreakTheJson() {
    server.faults().set(Faults.parse("cpr:malformed=1"));

    HttpResponse<String> response = http.get("cpr/v1/persons/" + cpr);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
    assertThatThrownBy(() -> MAPPER.readValue(response.body(), Person.class)).isInstanceOf(IOException.class);
  }

  @Test
  void truncatedBodiesStopBeforeContentLengthAndTheConnectionCloses() throws IOException {
    server.faults().set(Faults.parse("cpr:truncated=1"));
    String token = tokenFor("CASEWORKER");

    byte[] raw;
    try (Socket socket = new Socket(server.baseUrl().getHost(), server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /cpr/v1/persons/" + cpr + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      raw = readToEnd(socket.getInputStream()); // ends: the sandbox closed the connection
    }
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int headerEnd = text.indexOf("\r\n\r\n");
    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(text.substring(0, headerEnd));

    assertThat(text).startsWith("HTTP/1.1 200");
    assertThat(length.find()).isTrue();
    int promised = Integer.parseInt(length.group(1));
    int sent = raw.length - headerEnd - 4;
    assertThat(sent).isGreaterThan(0).isLessThan(promised);
  }

  @Test
  void theSameSeedGivesTheSameFaultsOnEveryRun() {
    String faults = "seed=2026;cpr:error=0.3,malformed=0.2";
    List<String> first = statuses(faults);
    List<String> second = statuses(faults);

    assertThat(first).isEqualTo(second);
    assertThat(first).contains("503", "200-malformed", "200");
  }

  @Test
  void faultsGivenAtStartApply() {
    try (SandboxServer faulty = SandboxServer.start(SandboxConfig.defaults()
        .withFaults(Faults.parse("cpr:error=1,status=500")), POPULATION)) {
      Http staff = Http.staff(faulty.baseUrl(), "CALL_AGENT");

      assertThat(staff.get("cpr/v1/persons/" + faulty.population().archetypes().get(0).cpr()).statusCode())
          .isEqualTo(500);
      assertThat(staff.get("sandbox/v1/faults").body()).contains("cpr:error=1,status=500");
    }
  }

  @Test
  void theRunTimeEndpointReadsSetsAndClearsTheFaults() throws Exception {
    HttpResponse<String> set = http.post("sandbox/v1/faults", "{\"seed\":5,\"text\":\"cpr:latency=1ms,error=0.5\"}");
    FaultSettings afterText = MAPPER.readValue(set.body(), FaultSettings.class);
    HttpResponse<String> setApis = http.post("sandbox/v1/faults",
        "{\"apis\":{\"*\":{\"errorRate\":0.25,\"errorStatus\":500},\"cpr\":{\"latencyMs\":20,\"hangMs\":1000}}}");
    FaultSettings afterApis = MAPPER.readValue(http.get("sandbox/v1/faults").body(), FaultSettings.class);
    HttpResponse<String> cleared = http.send("DELETE", "sandbox/v1/faults");

    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(afterText.seed()).isEqualTo(5L);
    assertThat(afterText.text()).isEqualTo("seed=5;cpr:latency=1ms,error=0.5");
    assertThat(afterText.apis().get("cpr").errorRate()).isEqualTo(0.5);
    assertThat(setApis.statusCode()).isEqualTo(200);
    assertThat(afterApis.text()).isEqualTo("cpr:latency=20ms,hangFor=1s;*:error=0.25,status=500");
    assertThat(cleared.statusCode()).isEqualTo(204);
    assertThat(server.faults().current().isNone()).isTrue();
    assertThat(MAPPER.readValue(http.get("sandbox/v1/faults").body(), FaultSettings.class).text()).isEqualTo("none");
  }

  @Test
  void theRunTimeEndpointRefusesWhatItCannotUseAndSaysWhy() throws Exception {
    server.faults().set(Faults.parse("cpr:latency=1ms"));
    for (String body : List.of("{\"text\":\"cpr:eror=0.1\"}", "{\"apis\":{\"cpr\":{\"errorRate\":2}}}",
        "{\"apis\":{\"sandbox\":{\"errorRate\":0.1}}}", "{\"text\":\"cpr:error=0.1\",\"apis\":{\"cpr\":{}}}",
        "not json")) {
      HttpResponse<String> response = http.post("sandbox/v1/faults", body);

      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(MAPPER.readValue(response.body(), Problem.class).detail()).as(body).isNotBlank();
    }
    assertThat(http.post("sandbox/v1/faults", "{\"text\":\"cpr:eror=0.1\"}").body()).contains("unknown key 'eror'");
    assertThat(server.faults().current()).isEqualTo(Faults.parse("cpr:latency=1ms"));
  }

  @Test
  void tokensAndTheSandboxsOwnEndpointsAreNeverFaulted() {
    server.faults().set(Faults.parse("*:error=1"));

    assertThat(Http.staff(server.baseUrl(), "SUPERVISOR").get("sandbox/v1/archetypes").statusCode()).isEqualTo(200);
    assertThat(http.get("sandbox/v1/health").statusCode()).isEqualTo(200);
    assertThat(http.get("cpr/v1/persons/" + cpr).statusCode()).isEqualTo(503);
  }

  /** The statuses of 30 look-ups on a fresh sandbox with these faults; "200-malformed" for a broken body. */
  private List<String> statuses(String faults) {
    try (SandboxServer fresh = SandboxServer.start(SandboxConfig.defaults(), POPULATION)) {
      fresh.faults().set(Faults.parse(faults));
      Http staff = Http.staff(fresh.baseUrl(), "CASEWORKER");
      List<String> statuses = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        HttpResponse<String> response = staff.get("cpr/v1/persons/" + cpr);
        boolean broken;
        try {
          MAPPER.readTree(response.body());
          broken = false;
        } catch (IOException e) {
          broken = true;
        }
        statuses.add(response.statusCode() + (broken ? "-malformed" : ""));
      }
      return statuses;
    }
  }

  private String tokenFor(String role) throws IOException {
    HttpResponse<String> answer = new Http(server.baseUrl()).post("sandbox/v1/token", "{\"role\":\"" + role + "\"}");
    return MAPPER.readTree(answer.body()).get("accessToken").asText();
  }

  private Throwable failureOf(HttpClient client, String path, Duration timeout) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(timeout)
          .header("Authorization", "Bearer " + tokenFor("CASEWORKER")).build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      throw new AssertionError("answered " + response.statusCode());
    } catch (IOException e) {
      return e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readToEnd(InputStream in) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (IOException e) {
      if (all.size() == 0) {
        throw new UncheckedIOException(e);
      }
    }
    return all.toByteArray();
  }
}
