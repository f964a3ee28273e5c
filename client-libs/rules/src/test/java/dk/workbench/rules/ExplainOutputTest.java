package dk.workbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The output contract of {@code workbench explain}: JSON shape, languages, text format, determinism. */
class ExplainOutputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"folkepension", "boerne_ungeydelse", "boligstoette", "boligsikring", "folkepension-par-2026",
      "folkepension-broek-2025", "boerne_ungeydelse-delt-2026"})
  void jsonHasTheSchema(String name) throws Exception {
    String facts = Fixtures.resource("facts/" + name + ".json");
    JsonNode da = MAPPER.readTree(Explain.run(facts, null, OutputFormat.JSON, Language.DA));
    JsonNode en = MAPPER.readTree(Explain.run(facts, null, OutputFormat.JSON, Language.EN));

    assertThat(da.get("schemaVersion").asText()).isEqualTo("1");
    assertThat(da.get("benefit").asText()).isEqualTo(MAPPER.readTree(facts).get("benefit").asText());
    assertThat(da.get("period").asText()).isEqualTo(MAPPER.readTree(facts).get("period").asText());
    JsonNode result = da.get("result");
    assertThat(result.has("components")).isTrue();
    assertThat(result.get("unconfirmedParameters").isArray()).isTrue();
    assertThat(result.get("missingParameters").isArray()).isTrue();
    for (JsonNode line : da.get("lines")) {
      assertThat(fieldNames(line)).contains("rule", "kind", "text", "legalReference", "inputs", "parameters", "unconfirmed");
      assertThat(line.get("text").asText()).isNotBlank().doesNotContain("{0}", "fp.", "bu.", "bs.", "title.");
      assertThat(line.at("/legalReference/law").asText()).isNotBlank();
      assertThat(line.at("/legalReference/provision").asText()).isNotBlank();
      for (JsonNode in : line.get("inputs")) {
        assertThat(fieldNames(in)).containsExactly("name", "value", "source");
      }
      for (JsonNode p : line.get("parameters")) {
        assertThat(fieldNames(p)).contains("key", "valid_from", "value", "confidence");
      }
      if (line.get("kind").asText().equals("rounding")) {
        assertThat(line.get("roundingRule").asText()).isNotBlank();
      }
      boolean unconfirmed = false;
      for (JsonNode p : line.get("parameters")) {
        unconfirmed |= p.get("unconfirmed").asBoolean();
      }
      assertThat(line.get("unconfirmed").asBoolean()).isEqualTo(unconfirmed);
    }
    assertThat(da.get("summary").size()).isBetween(5, 10);
    assertThat(en.get("summary").size()).isEqualTo(da.get("summary").size());
    assertThat(en.get("lines").size()).isEqualTo(da.get("lines").size());
    assertThat(en.get("result")).isEqualTo(da.get("result"));
    assertThat(en.get("lines").get(0).get("text").asText()).isNotEqualTo(da.get("lines").get(0).get("text").asText());
  }

  @ParameterizedTest(name = "component names for {0}")
  @CsvSource({"folkepension, grundbeloeb pensionstillaeg", "boerne_ungeydelse, child1", "boligstoette, boligydelse",
      "boligsikring, boligsikring", "boerne_ungeydelse-delt-2026, child1 child2 child3"})
  void componentNames(String name, String components) throws Exception {
    JsonNode json = MAPPER.readTree(Explain.run(Fixtures.resource("facts/" + name + ".json"), null, OutputFormat.JSON, Language.DA));

    assertThat(fieldNames(json.at("/result/components"))).containsExactly(components.split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"folkepension", "boerne_ungeydelse", "boligstoette"})
  void deterministic(String name) throws Exception {
    String facts = Fixtures.resource("facts/" + name + ".json");
    for (OutputFormat f : OutputFormat.values()) {
      for (Language l : Language.values()) {
        assertThat(Explain.run(facts, null, f, l)).isEqualTo(Explain.run(facts, null, f, l));
      }
    }
  }

  @ParameterizedTest(name = "text format {0}")
  @ValueSource(strings = {"folkepension", "boerne_ungeydelse", "boligstoette"})
  void textFormat(String name) throws Exception {
    String facts = Fixtures.resource("facts/" + name + ".json");
    String da = Explain.run(facts, null, OutputFormat.TEXT, Language.DA);
    String en = Explain.run(facts, null, OutputFormat.TEXT, Language.EN);

    assertThat(da).contains("Resultat", "Beregning trin for trin", "Lovgrundlag", "Sammenfatning");
    assertThat(en).contains("Result", "Calculation step by step", "Legal basis", "Summary");
    assertThat(da).doesNotContain("fp.", "bu.", "bs.", "title.", "{0}", "kr..");
  }

  @org.junit.jupiter.api.Test
  void folkepensionResultFields() throws Exception {
    JsonNode r = MAPPER.readTree(Explain.run(Fixtures.resource("facts/folkepension-par-2026.json"), null, OutputFormat.JSON, Language.DA))
        .get("result");

    assertThat(fieldNames(r)).startsWith("annual", "monthly", "components").contains("residenceFraction", "personligTillaegsprocent");
    assertThat(r.at("/components/grundbeloeb/annual").isNumber()).isTrue();
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
