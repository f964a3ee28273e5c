package dk.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.problem.Problem;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Http;
import dk.workbench.sandbox.testing.OpenApi;
import dk.workbench.sandbox.testing.Populations;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox answers what the OpenAPI files in the contracts module say, and they describe all it serves. */
class OpenApiContractTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();
  private static final OpenApi CPR = OpenApi.load("openapi/cpr.openapi.yaml");
  private static final OpenApi SANDBOX = OpenApi.load("openapi/sandbox.openapi.yaml");

  private static Population population;
  private static SandboxServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    population = Populations.defaultSeed();
    server = SandboxServer.start(SandboxConfig.defaults(), population, Clock.systemUTC(), List.of());
    http = Http.staff(server.baseUrl(), "CASEWORKER");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void bothFilesAreOpenApi30AndDescribeTheServedPaths() {
    assertThat(CPR.root().path("openapi").asText()).startsWith("3.0.");
    assertThat(SANDBOX.root().path("openapi").asText()).startsWith("3.0.");
    assertThat(fieldNames(CPR.root().path("paths"))).containsExactly("/cpr/v1/persons/{cpr}");
    assertThat(fieldNames(SANDBOX.root().path("paths"))).containsExactly("/sandbox/v1/archetypes", "/sandbox/v1/health");
    List<String> enumerated = new ArrayList<>();
    SANDBOX.root().at("/components/schemas/ArchetypeEntry/properties/archetype/enum").forEach(n -> enumerated.add(n.asText()));
    List<String> expected = new ArrayList<>(Arrays.stream(Archetype.values()).map(Archetype::id).toList());
    expected.add("wrong-decision"); // listed by the decisions API, not drawn with the population
    assertThat(enumerated).containsExactlyElementsOf(expected);
  }

  @Test
  void everyArchetypePersonMatchesThePersonSchema() throws Exception {
    JsonNode schema = CPR.responseSchema("/cpr/v1/persons/{cpr}", "get", 200, "application/json");
    for (ArchetypeEntry entry : population.archetypes()) {
      HttpResponse<String> response = http.get("cpr/v1/persons/" + entry.cpr());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(CPR.check(schema, MAPPER.readTree(response.body()))).as(entry.archetype()).isEmpty();
    }
  }

  @Test
  void everyPersonOfThePopulationMatchesThePersonSchema() {
    List<String> errors = new ArrayList<>();
    for (Person p : population.persons()) {
      errors.addAll(CPR.check("Person", MAPPER.valueToTree(p)));
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void problemsMatchTheProblemSchema() throws Exception {
    check(CPR, "/cpr/v1/persons/{cpr}", "get", http.get("cpr/v1/persons/12345"), 400);
    check(CPR, "/cpr/v1/persons/{cpr}", "get", http.get("cpr/v1/persons/0101010000"), 404);
    check(CPR, "/cpr/v1/persons/{cpr}", "get", http.send("POST", "cpr/v1/persons/0101010000"), 405);
    check(SANDBOX, "/sandbox/v1/archetypes", "get", http.send("PUT", "sandbox/v1/archetypes"), 405);
    check(SANDBOX, "/sandbox/v1/health", "get", http.send("DELETE", "sandbox/v1/health"), 405);
  }

  @Test
  void archetypesAndHealthMatchTheirSchemas() throws Exception {
    check(SANDBOX, "/sandbox/v1/archetypes", "get", http.get("sandbox/v1/archetypes"), 200);
    check(SANDBOX, "/sandbox/v1/health", "get", http.get("sandbox/v1/health"), 200);
  }

  @Test
  void theCheckerCatchesWhatTheSchemaForbids() throws Exception {
    JsonNode person = MAPPER.valueToTree(population.persons().get(0));
    ((com.fasterxml.jackson.databind.node.ObjectNode) person.get("persondata")).put("koen", "X");
    ((com.fasterxml.jackson.databind.node.ObjectNode) person).put("unexpected", 1);
    ((com.fasterxml.jackson.databind.node.ObjectNode) person).remove("testdata");

    assertThat(CPR.check("Person", person)).hasSize(3);
    assertThat(CPR.check("Problem", MAPPER.valueToTree(new Problem("not a uri", "t", 200, null, null)))).hasSize(2);
  }

  private static void check(OpenApi api, String path, String method, HttpResponse<String> response, int status)
      throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    String mediaType = response.headers().firstValue("Content-Type").orElseThrow();
    JsonNode schema = api.responseSchema(path, method, status, mediaType);
    assertThat(api.check(schema, MAPPER.readTree(response.body()))).as(path + " " + status).isEmpty();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
