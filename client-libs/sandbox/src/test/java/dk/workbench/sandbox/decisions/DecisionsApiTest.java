package dk.workbench.sandbox.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.testing.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decisions API over real HTTP, every exchange validated against {@code decisions.openapi.yaml}. */
class DecisionsApiTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();

  private static ValidatedSandbox sandbox;
  private static Http agent;

  @BeforeAll
  static void start() {
    sandbox = new ValidatedSandbox("openapi/decisions.openapi.yaml");
    agent = sandbox.staff("CALL_AGENT");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void decisionsCarryFactsWithSourcesAndATraceInTheRulesSchema() throws Exception {
    int seen = 0;
    for (ArchetypeEntry a : sandbox.server().population().archetypes()) {
      for (DecisionSummary s : MAPPER.readValue(ok("decisions/v1/citizens/" + a.cpr() + "/decisions"),
          DecisionSummary[].class)) {
        Decision d = MAPPER.readValue(ok("decisions/v1/decisions/" + s.id()), Decision.class);
        assertThat(d.summary()).isEqualTo(s);
        assertThat(d.facts().get("benefit").asText()).isEqualTo(d.benefit().rulesName());
        assertThat(d.facts().get("period").asText()).isEqualTo(d.period());
        assertThat(d.calculation().get("schemaVersion").asText()).isEqualTo("1");
        assertThat(d.calculation().get("lines").size()).isGreaterThan(3);
        assertThat(d.factSources()).isNotEmpty().allSatisfy(f -> {
          assertThat(d.facts().at("/" + f.field().replace(".", "/").replaceAll("\\[(\\d+)]", "/$1")).isMissingNode())
              .as(f.field()).isFalse();
          assertThat(f.source()).isNotBlank();
        });
        seen++;
      }
    }
    assertThat(seen).isGreaterThan(10);
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void pensionersHaveAFolkepensionDecisionWithMonthlyAmountsAndIncomeSources() throws Exception {
    String cpr = sandbox.server().population().archetypes().stream()
        .filter(a -> a.archetype().equals("pensioner-working-spouse")).findFirst().orElseThrow().cpr();
    DecisionSummary[] fp = MAPPER.readValue(ok("decisions/v1/citizens/" + cpr + "/decisions?benefit=FOLKEPENSION"),
        DecisionSummary[].class);
    for (DecisionSummary s : fp) {
      assertThat(s.benefit()).isEqualTo(BenefitType.FOLKEPENSION);
      assertThat(s.result().monthly()).isPositive();
      assertThat(s.result().monthly().scale()).isEqualTo(2);
    }
  }

  @Test
  void unknownAndMalformedAnswerProblems() {
    assertThat(sandbox.get(agent, "decisions/v1/decisions/UDK-FP-2026-0000000").statusCode()).isEqualTo(404);
    assertThat(sandbox.get(agent, "decisions/v1/decisions/x").statusCode()).isEqualTo(404);
    String cpr = sandbox.server().population().persons().get(0).personnummer();
    HttpResponse<String> bad = sandbox.getInvalid(agent, "decisions/v1/citizens/" + cpr + "/decisions?benefit=PENSION");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).doesNotContain(cpr);
    assertThat(sandbox.getInvalid(agent, "decisions/v1/citizens/311399-1234/decisions").statusCode()).isEqualTo(400);
    assertThat(sandbox.violations()).isEmpty();
  }

  private static String ok(String path) {
    HttpResponse<String> response = sandbox.get(agent, path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }
}
