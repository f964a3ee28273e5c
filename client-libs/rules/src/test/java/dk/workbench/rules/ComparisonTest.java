package dk.workbench.rules;

import static dk.workbench.rules.Fixtures.ENGINE;
import static dk.workbench.rules.Fixtures.self;
import static dk.workbench.rules.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.rules.ExplanationComparison.Change;
import dk.workbench.rules.ExplanationComparison.LineChange;
import dk.workbench.rules.ExplanationComparison.ReasonKind;
import dk.workbench.rules.FolkepensionFacts.IncomeType;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "Why did my amount change?" */
class ComparisonTest {

  private static LineChange change(ExplanationComparison c, String rule) {
    return c.lineChanges().stream().filter(l -> l.rule().equals(rule) && l.subject() == null).findFirst()
        .orElseThrow(() -> new AssertionError("no change for " + rule));
  }

  @Test
  @DisplayName("Same facts: no changes")
  void identical() {
    Explanation a = ENGINE.explain(single(Period.month(2024, 5), self(IncomeType.ATP, 30_000)));
    ExplanationComparison c = ExplanationComparison.compare(a, ENGINE.explain(single(Period.month(2024, 5), self(IncomeType.ATP, 30_000))));

    assertThat(c.lineChanges()).isEmpty();
    assertThat(c.resultChanges()).isEmpty();
    assertThat(c.unchangedLines()).isEqualTo(a.lines().size());
  }

  @Test
  @DisplayName("Higher income: the income line changed because of the fact, later lines follow from it, and the total dropped")
  void incomeChange() {
    Explanation a = ENGINE.explain(single(Period.month(2024, 5), self(IncomeType.ATP, 100_000)));
    Explanation b = ENGINE.explain(single(Period.month(2024, 5), self(IncomeType.ATP, 130_000)));
    ExplanationComparison c = ExplanationComparison.compare(a, b);

    LineChange income = change(c, "folkepension.indtaegt.egen");
    assertThat(income.change()).isEqualTo(Change.CHANGED);
    assertThat(income.reasons()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ReasonKind.INPUT);
      assertThat(r.name()).isEqualTo("incomes[0].annual");
      assertThat((BigDecimal) r.oldValue()).isEqualByComparingTo("100000");
      assertThat((BigDecimal) r.newValue()).isEqualByComparingTo("130000");
    });
    LineChange reduction = change(c, "folkepension.pensionstillaeg.nedsaettelse");
    assertThat(reduction.reasons()).extracting(r -> r.kind()).containsExactly(ReasonKind.INPUT);
    assertThat(reduction.reasons().get(0).detail()).isEqualTo("line:folkepension.pensionstillaeg.overskydende");
    assertThat(c.resultChanges()).extracting(r -> r.field()).contains("annual", "monthly", "components.pensionstillaeg.monthly");
    assertThat(c.lineChanges()).noneMatch(l -> l.rule().equals("folkepension.grundbeloeb"));
    assertThat(Rendering.text(c, Language.DA)).contains("incomes[0].annual", "100.000", "130.000");
  }

  @Test
  @DisplayName("2024 to 2025: changed rates (with valid_from and confidence) explain the change; lines that need no rate are unchanged")
  void yearChange() {
    Explanation a = ENGINE.explain(single(Period.month(2024, 12), self(IncomeType.PENSION, 126_000)));
    Explanation b = ENGINE.explain(single(Period.month(2025, 1), self(IncomeType.PENSION, 126_000)));
    ExplanationComparison c = ExplanationComparison.compare(a, b);

    LineChange gb = change(c, "folkepension.grundbeloeb");
    assertThat(gb.reasons()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ReasonKind.PARAMETER);
      assertThat(r.name()).isEqualTo("folkepension.grundbeloeb");
      assertThat(r.detail()).isEqualTo("2024-01-01/2025-01-01");
    });
    assertThat(change(c, "folkepension.pensionstillaeg.overskydende").reasons())
        .anySatisfy(r -> assertThat(r.name()).isEqualTo("folkepension.pensionstillaeg.fradrag.enlig"));
    assertThat(c.lineChanges()).noneMatch(l -> l.rule().equals("folkepension.indtaegtsgrundlag"));
    assertThat(c.resultChanges()).anySatisfy(r -> assertThat(r.field()).isEqualTo("unconfirmedParameters"));
    // 2025 has a PT% threshold for singles (U) but no step: a different missing set
    assertThat(c.resultChanges()).anySatisfy(r -> assertThat(r.field()).isEqualTo("missingParameters"));
  }

  @Test
  @DisplayName("Crossing 2023: the grundbeløb income test is replaced by a new rule version; added and removed lines are reported")
  void ruleVersionChange() {
    Explanation a = ENGINE.explain(single(Period.month(2021, 6), self(IncomeType.WORK, 360_000)));
    Explanation b = ENGINE.explain(single(Period.month(2024, 6), self(IncomeType.WORK, 360_000)));
    ExplanationComparison c = ExplanationComparison.compare(a, b);

    assertThat(c.lineChanges()).anySatisfy(l -> {
      assertThat(l.rule()).isEqualTo("folkepension.grundbeloeb.indtaegtsprove");
      assertThat(l.change()).isEqualTo(Change.ADDED);
    });
    assertThat(c.lineChanges()).anySatisfy(l -> {
      assertThat(l.rule()).isEqualTo("folkepension.grundbeloeb.nedsaettelse");
      assertThat(l.change()).isEqualTo(Change.REMOVED);
    });
    assertThat(change(c, "folkepension.indtaegt.egen").reasons()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(ReasonKind.RULE_VERSION);
      assertThat(r.newValue()).isEqualTo("folkepension.indtaegt/uden-arbejdsindkomst");
    });
  }

  @Test
  @DisplayName("Explain.run with --compare renders JSON with old/new values and reasons, and text")
  void explainRunCompare() throws Exception {
    String older = Fixtures.resource("facts/folkepension.json");
    String newer = older.replace("\"annual\": 23000", "\"annual\": 33000");
    JsonNode json = new ObjectMapper().readTree(Explain.run(older, newer, OutputFormat.JSON, Language.EN));

    assertThat(json.get("schemaVersion").asText()).isEqualTo("1");
    assertThat(json.get("kind").asText()).isEqualTo("comparison");
    assertThat(json.at("/old/result/monthly").asInt()).isEqualTo(14105);
    assertThat(json.at("/new/result/monthly").asInt()).isLessThan(14105);
    JsonNode first = json.get("lineChanges").get(0);
    assertThat(first.get("rule").asText()).isEqualTo("folkepension.indtaegt.egen");
    assertThat(first.at("/why/0/kind").asText()).isEqualTo("input");
    assertThat(first.at("/why/0/text").asText()).contains("incomes[1].annual", "23,000", "33,000");
    assertThat(json.get("summary").get(0).asText()).contains("changed from");

    String text = Explain.run(older, newer, OutputFormat.TEXT, Language.DA);
    assertThat(text).contains("Sammenligning", "Hvorfor", "incomes[1].annual");
  }
}
