package dk.workbench.sandbox.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.Facts;
import dk.workbench.rules.Language;
import dk.workbench.rules.Rendering;
import dk.workbench.rules.RulesEngine;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.testing.Http;
import dk.workbench.sandbox.testing.Populations;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deliberately wrong decisions are caught by recomputation, and only they: over real HTTP,
 * every {@code wrong-decision} of the archetype listing recomputed from its served facts with the
 * rules engine's standard rates differs from the served result, and a sample of the other
 * decisions recomputes to exactly the served trace.
 */
class WrongDecisionsTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}-?\\d{4}");

  private static SandboxServer server;
  private static Http http;
  private static List<ArchetypeEntry> wrong;

  @BeforeAll
  static void start() throws Exception {
    server = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    http = Http.staff(server.baseUrl(), "CASEWORKER");
    ArchetypeEntry[] all = MAPPER.readValue(http.get("sandbox/v1/archetypes").body(), ArchetypeEntry[].class);
    wrong = new ArrayList<>();
    for (ArchetypeEntry e : all) {
      if (e.archetype().equals("wrong-decision")) {
        wrong.add(e);
      }
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyWrongDecisionRecomputedFromItsFactsDiffersFromItsResult() throws Exception {
    assertThat(wrong).hasSizeGreaterThan(50);
    for (ArchetypeEntry entry : wrong) {
      JsonNode decision = decision(entry.decisionId());
      Explanation recomputed = RulesEngine.standard().explain(Facts.parse(decision.get("facts").toString()));

      assertThat(sameTotals(recomputed, decision.get("result"))).as(entry.description()).isFalse();
      // the back-end's trace is consistent with its (wrong) result
      assertThat(decision.get("calculation").get("result").get(totalName(decision)).decimalValue())
          .isEqualByComparingTo(decision.get("result").get(totalName(decision)).decimalValue());
    }
  }

  @Test
  void aSampleOfCorrectDecisionsRecomputesToExactlyTheServedTrace() throws Exception {
    List<Person> persons = Populations.defaultSeed().persons();
    int checked = 0;
    for (int i = 0; i < persons.size() && checked < 60; i += 37) {
      JsonNode list = MAPPER.readTree(http.get("decisions/v1/citizens/" + persons.get(i).personnummer() + "/decisions")
          .body());
      for (JsonNode summary : list) {
        String id = summary.get("id").asText();
        if (wrong.stream().anyMatch(w -> w.decisionId().equals(id))) {
          continue;
        }
        JsonNode decision = decision(id);
        Explanation recomputed = RulesEngine.standard().explain(Facts.parse(decision.get("facts").toString()));
        assertThat(MAPPER.readTree(Rendering.json(recomputed, Language.DA))).as(id).isEqualTo(decision.get("calculation"));
        assertThat(sameTotals(recomputed, decision.get("result"))).as(id).isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(30);
  }

  @Test
  void aboutTwoPercentOfTheDecisionsAreWrongAndEachKindOccurs() {
    DecisionBook book = new DecisionBook(new SandboxContext(Populations.defaultSeed(), MAPPER, Clock.systemUTC()));
    int total = 0;
    int wrongCount = 0;
    Map<DecisionRecord.Kind, Integer> kinds = new java.util.EnumMap<>(DecisionRecord.Kind.class);
    for (Person p : Populations.defaultSeed().persons()) {
      for (DecisionRecord d : book.decisions(p)) {
        total++;
        if (d.wrong() != null) {
          wrongCount++;
          kinds.merge(d.wrong().kind(), 1, Integer::sum);
        }
      }
    }
    assertThat(total).isGreaterThan(5_000);
    assertThat(100.0 * wrongCount / total).isBetween(1.0, 3.0);
    assertThat(kinds.keySet()).containsExactlyInAnyOrder(DecisionRecord.Kind.values());
    assertThat(wrongCount).isEqualTo(book.wrongDecisions().size());
  }

  @Test
  void theListingIsDeterministicAndItsDescriptionsNameNoCpr() {
    DecisionBook again = new DecisionBook(new SandboxContext(Populations.defaultSeed(), MAPPER, Clock.systemUTC()));
    long started = System.nanoTime();
    List<ArchetypeEntry> listed = again.wrongDecisions();
    System.out.printf("wrong-decision listing: %d entries in %d ms (cold)%n", listed.size(),
        (System.nanoTime() - started) / 1_000_000);

    assertThat(listed).containsExactlyElementsOf(wrong);
    for (ArchetypeEntry e : listed) {
      assertThat(e.description()).doesNotContainPattern(CPR_LIKE).doesNotContain(e.cpr());
      assertThat(e.decisionId()).isNotBlank();
    }
  }

  private static JsonNode decision(String id) throws Exception {
    HttpResponse<String> response = http.get("decisions/v1/decisions/" + id);
    assertThat(response.statusCode()).as(id).isEqualTo(200);
    return MAPPER.readTree(response.body());
  }

  private static String totalName(JsonNode decision) {
    return decision.get("result").has("quarterly") ? "quarterly" : "annual";
  }

  private static boolean sameTotals(Explanation recomputed, JsonNode served) {
    for (Map.Entry<String, BigDecimal> t : recomputed.result().totals().entrySet()) {
      if (!t.getKey().equals("quarterlyBeforeReduction")
          && (!served.has(t.getKey()) || served.get(t.getKey()).decimalValue().compareTo(t.getValue()) != 0)) {
        return false;
      }
    }
    return true;
  }
}
