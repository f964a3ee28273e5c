package dk.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.auth.TokenResponse;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.contracts.testing.OpenApiValidation;
import dk.workbench.sandbox.faults.ApiFault;
import dk.workbench.sandbox.faults.Faults;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Populations;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox answers what the OpenAPI files in the contracts module say, checked with
 * Atlassian's swagger-request-validator on real exchanges over loopback, and the files
 * describe all it serves.
 */
class OpenApiContractTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String CPR_FILE = "openapi/cpr.openapi.yaml";
  private static final String SANDBOX_FILE = "openapi/sandbox.openapi.yaml";

  private static Population population;
  private static SandboxServer server;
  private static OkHttpClient plain;

  private OpenApiValidation contract;
  private OkHttpClient validated;

  @BeforeAll
  static void start() {
    population = Populations.defaultSeed();
    server = SandboxServer.start(SandboxConfig.defaults(), population, Clock.systemUTC(), List.of());
    plain = new OkHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void validate() {
    contract = OpenApiValidation.of(CPR_FILE, SANDBOX_FILE);
    validated = plain.newBuilder().addNetworkInterceptor(contract).build();
  }

  @AfterEach
  void noFaults() {
    server.faults().set(Faults.none());
  }

  @Test
  void bothFilesAreOpenApi30AndDescribeTheServedPaths() throws IOException {
    JsonNode cpr = yaml(CPR_FILE);
    JsonNode sandbox = yaml(SANDBOX_FILE);

    assertThat(cpr.path("openapi").asText()).startsWith("3.0.");
    assertThat(sandbox.path("openapi").asText()).startsWith("3.0.");
    assertThat(fieldNames(cpr.path("paths"))).containsExactly("/cpr/v1/persons", "/cpr/v1/persons/{cpr}",
        "/cpr/v1/persons/{cpr}/adresse", "/cpr/v1/persons/{cpr}/kontakt");
    assertThat(fieldNames(sandbox.path("paths"))).containsExactly("/sandbox/v1/token", "/sandbox/v1/faults",
        "/sandbox/v1/archetypes", "/sandbox/v1/health");
    assertThat(cpr.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
    assertThat(cpr.path("security").get(0).has("bearerAuth")).isTrue();
    List<String> enumerated = new ArrayList<>();
    sandbox.at("/components/schemas/ArchetypeEntry/properties/archetype/enum").forEach(n -> enumerated.add(n.asText()));
    List<String> expected = new ArrayList<>(Arrays.stream(Archetype.values()).map(Archetype::id).toList());
    if (!expected.contains("wrong-decision")) {
      expected.add("wrong-decision"); // listed by the decisions API, not drawn with the population
    }
    assertThat(enumerated).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyArchetypePersonItsSubResourcesAndSearchesConform() throws IOException {
    for (String role : List.of("CASEWORKER", "CALL_AGENT")) {
      String token = token(role);
      for (ArchetypeEntry entry : population.archetypes()) {
        Person person = population.find(entry.cpr()).orElseThrow();
        for (String path : List.of("cpr/v1/persons/" + entry.cpr(), "cpr/v1/persons/" + entry.cpr() + "/adresse",
            "cpr/v1/persons/" + entry.cpr() + "/kontakt",
            "cpr/v1/persons?navn=" + person.persondata().navn().efternavn() + "&foedselsdato="
                + person.persondata().foedselsdato())) {
          get(path, token).close();
        }
      }
      get("cpr/v1/persons?telefon=%2B45%2020%2012%2034%2056", token).close();
    }

    assertThat(contract.violations()).isEmpty();
    assertThat(contract.validatedExchanges()).isGreaterThan(4 * population.archetypes().size());
  }

  /** A tenth of the population and every archetype person (the validator takes ~3 ms a person). */
  @Test
  void personsOfThePopulationMatchThePersonSchema() throws IOException {
    List<Person> sample = new ArrayList<>();
    for (int i = 0; i < population.size(); i += 10) {
      sample.add(population.persons().get(i));
    }
    population.archetypes().forEach(e -> sample.add(population.find(e.cpr()).orElseThrow()));
    List<String> violations = new ArrayList<>();
    for (Person p : sample) {
      violations.addAll(contract.check(
          new SimpleRequest.Builder("GET", "/cpr/v1/persons/" + p.personnummer())
              .withHeader("Authorization", "Bearer x").build(),
          SimpleResponse.Builder.ok().withContentType("application/json").withBody(MAPPER.writeValueAsString(p))
              .build()));
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void problemsConform() throws IOException {
    String caseworker = token("CASEWORKER");
    String agent = token("CALL_AGENT");
    String protectedCpr = archetype("protected-address");
    String emigrated = archetype("emigrated");

    expect(get("cpr/v1/persons/0101010000", caseworker), 404);
    expect(get("cpr/v1/persons/" + emigrated + "/adresse", caseworker), 404);
    expect(get("cpr/v1/persons/" + protectedCpr + "/adresse", agent), 403);
    expect(get("cpr/v1/persons/" + protectedCpr + "/kontakt", agent), 403);
    expect(get("cpr/v1/persons?navn=Anne", caseworker), 400);
    expect(get("cpr/v1/persons?telefon=112", caseworker), 400);
    expect(get("cpr/v1/persons/" + protectedCpr, "not-a-token"), 401);
    expect(send("POST", "sandbox/v1/faults", "{\"text\":\"cpr:error=2\"}"), 400);

    assertThat(contract.violations()).isEmpty();
    assertThat(contract.validatedExchanges()).isEqualTo(2 + 8); // two tokens, eight problems
  }

  @Test
  void answersToRequestsTheFilesForbidStillConform() throws IOException {
    // the request breaks the contract on purpose (a malformed CPR number, a method the path does not
    // answer): the answer is checked against the GET operation's declared responses
    assertThat(answerViolations("GET", "cpr/v1/persons/12345", null, "GET", 400)).isEmpty();
    assertThat(answerViolations("POST", "cpr/v1/persons/0101010000", null, "GET", 405)).isEmpty();
    assertThat(answerViolations("PUT", "sandbox/v1/archetypes", null, "GET", 405)).isEmpty();
    assertThat(answerViolations("DELETE", "sandbox/v1/health", null, "GET", 405)).isEmpty();
    assertThat(answerViolations("POST", "sandbox/v1/token", "{\"role\":\"JANITOR\"}", "POST", 400)).isEmpty();
    assertThat(answerViolations("POST", "sandbox/v1/token", "{\"role\":\"CASEWORKER\",\"username\":\"a b\"}", "POST",
        400)).isEmpty();
  }

  @Test
  void tokenFaultsArchetypesAndHealthConform() throws IOException {
    token("SUPERVISOR");
    expect(send("POST", "sandbox/v1/faults", "{\"seed\":7,\"text\":\"cpr:latency=1ms,error=0.1;*:error=1%\"}"), 200);
    expect(send("POST", "sandbox/v1/faults",
        "{\"apis\":{\"cpr\":{\"jitterMs\":2,\"malformedRate\":0.01,\"errorStatus\":500}}}"), 200);
    expect(send("GET", "sandbox/v1/faults", null), 200);
    expect(send("DELETE", "sandbox/v1/faults", null), 204);
    expect(send("GET", "sandbox/v1/archetypes", null), 200);
    expect(send("GET", "sandbox/v1/health", null), 200);

    assertThat(contract.violations()).isEmpty();
    assertThat(contract.validatedExchanges()).isEqualTo(7);
  }

  @Test
  void injectedUnavailableAnswersConform() throws IOException {
    String token = token("CASEWORKER");
    server.faults().set(Faults.none().with("cpr", ApiFault.NONE.withErrors(1, 503)));

    try (Response response = get("cpr/v1/persons/" + archetype("deceased"), token)) {
      assertThat(response.code()).isEqualTo(503);
      assertThat(response.header("Retry-After")).isEqualTo("1");
    }
    assertThat(contract.violations()).isEmpty();
  }

  @Test
  void theValidatorCatchesWhatTheSchemaForbids() {
    ObjectNode person = MAPPER.valueToTree(population.persons().get(0));
    ((ObjectNode) person.get("persondata")).put("koen", "X");
    person.put("unexpected", 1);
    person.remove("testdata");

    List<String> violations = contract.check(
        new SimpleRequest.Builder("GET", "/cpr/v1/persons/0101010000").withHeader("Authorization", "Bearer x").build(),
        SimpleResponse.Builder.ok().withContentType("application/json").withBody(person.toString()).build());
    List<String> badProblem = contract.check(
        new SimpleRequest.Builder("GET", "/cpr/v1/persons/0101010000").withHeader("Authorization", "Bearer x").build(),
        SimpleResponse.Builder.status(404).withContentType("application/problem+json")
            .withBody("{\"type\":\"not a uri\",\"title\":\"t\",\"status\":200}").build());
    List<String> badQuery = contract.check(
        new SimpleRequest.Builder("GET", "/cpr/v1/persons").withHeader("Authorization", "Bearer x")
            .withQueryParam("foedselsdato", "1. maj").build(),
        SimpleResponse.Builder.status(400).withContentType("application/problem+json")
            .withBody("{\"type\":\"https://workbench.dk/problems/bad-request\",\"title\":\"t\",\"status\":400}")
            .build());

    assertThat(String.join("\n", violations)).contains("koen").contains("unexpected").contains("testdata");
    assertThat(String.join("\n", badProblem)).contains("/status").contains("/type");
    assertThat(String.join("\n", badQuery)).contains("format.date");
  }

  /** The violations of the answer alone, checked against the responses of the operation {@code specMethod}. */
  private List<String> answerViolations(String method, String path, String json, String specMethod, int status)
      throws IOException {
    String token = token("CASEWORKER");
    Request request = new Request.Builder().url(server.baseUrl() + path).header("Authorization", "Bearer " + token)
        .method(method, method.equals("GET") ? null : RequestBody.create(json == null ? "" : json, JSON)).build();
    try (Response response = plain.newCall(request).execute()) {
      assertThat(response.code()).as(method + " " + path).isEqualTo(status);
      return contract.check(
          new SimpleRequest.Builder(specMethod, "/" + path).withHeader("Authorization", "Bearer " + token).build(),
          SimpleResponse.Builder.status(status).withContentType(response.header("Content-Type"))
              .withBody(response.body().string()).build())
          .stream().filter(v -> !v.contains(": validation.request.")).toList();
    }
  }

  private String token(String role) throws IOException {
    try (Response response = send("POST", "sandbox/v1/token", "{\"role\":\"" + role + "\"}")) {
      assertThat(response.code()).isEqualTo(200);
      return MAPPER.readValue(response.body().bytes(), TokenResponse.class).accessToken();
    }
  }

  private Response get(String path, String token) throws IOException {
    return validated.newCall(new Request.Builder().url(server.baseUrl() + path)
        .header("Authorization", "Bearer " + token).build()).execute();
  }

  private Response send(String method, String path, String json) throws IOException {
    return validated.newCall(new Request.Builder().url(server.baseUrl() + path)
        .method(method, json == null ? null : RequestBody.create(json, JSON)).build()).execute();
  }

  private static void expect(Response response, int status) {
    try (response) {
      assertThat(response.code()).as(response.request().method() + " " + response.request().url().encodedPath())
          .isEqualTo(status);
    }
  }

  private static String archetype(String id) {
    return population.archetypes().stream().filter(e -> e.archetype().equals(id)).findFirst().orElseThrow().cpr();
  }

  private static JsonNode yaml(String resource) throws IOException {
    try (InputStream in = OpenApiContractTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new YAMLMapper().readTree(in);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
