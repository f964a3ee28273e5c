package dk.workbench.rules;

import static dk.workbench.rules.Fixtures.ENGINE;
import static dk.workbench.rules.Fixtures.children;
import static dk.workbench.rules.Fixtures.self;
import static dk.workbench.rules.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.rules.BoerneUngeydelseFacts.Custody;
import dk.workbench.rules.FolkepensionFacts.IncomeType;
import dk.workbench.rules.parameters.ParameterTable;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A rate missing for the period is never guessed: named, what can be computed is, the rest is absent. */
class MissingParameterTest {

  @Test
  @DisplayName("Folkepension 2022 (no rates in RULES.md): grundbeløb and pensionstillæg absent, missing keys named on lines and in the result")
  void folkepension2022() {
    Explanation e = ENGINE.explain(single(Period.month(2022, 6), self(IncomeType.PENSION, 50_000)));

    assertThat(e.result().annual()).isEmpty();
    assertThat(e.result().monthly()).isEmpty();
    assertThat(e.result().component("grundbeloeb", "annual")).isEmpty();
    assertThat(e.result().component("pensionstillaeg", "annual")).isEmpty();
    assertThat(e.result().missingParameters()).contains("folkepension.grundbeloeb", "folkepension.pensionstillaeg.enlig",
        "folkepension.pensionstillaeg.fradrag.enlig");
    Line gb = e.line("folkepension.grundbeloeb").orElseThrow();
    assertThat(gb.amount()).isNull();
    assertThat(gb.missingParameters()).containsExactly("folkepension.grundbeloeb");
    assertThat(Rendering.lineText(gb, Language.DA)).contains("folkepension.grundbeloeb", "2022", "mangler");
    assertThat(Rendering.lineText(gb, Language.EN)).contains("folkepension.grundbeloeb", "2022", "missing");
    // what does not need a rate is still computed: pension age, residence fraction, the income basis
    assertThat(e.result().detail("residenceFraction")).isPresent();
    assertThat(e.line("folkepension.indtaegtsgrundlag").orElseThrow().amount()).isEqualByComparingTo("50000");
    // the previous year's rate is never carried forward
    assertThat(ParameterTable.standard().lookup("folkepension.grundbeloeb", LocalDate.of(2021, 12, 31))).isNotNull();
  }

  @Test
  @DisplayName("A year after the data (2030): everything regulated yearly is missing; fixed rates still apply")
  void futureYear() {
    Explanation e = ENGINE.explain(single(Period.month(2030, 1), self(IncomeType.PENSION, 150_000)));

    assertThat(e.result().monthly()).isEmpty();
    assertThat(e.line("folkepension.pensionstillaeg.nedsaettelse").orElseThrow().parameters()).extracting(p -> p.key())
        .containsExactly("folkepension.pensionstillaeg.reduktion.enlig");
  }

  @Test
  @DisplayName("Børne- og ungeydelse 2025: 3-6 rate missing ⇒ that child absent, the 0-2 child computed, total absent")
  void childBenefit2025() {
    Explanation e = ENGINE.explain(children(Period.quarter(2025, 2), 0, Custody.SOLE, LocalDate.of(2024, 1, 1), LocalDate.of(2020, 1, 1)));

    assertThat(e.result().component("child1", "quarterly")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5292"));
    assertThat(e.result().component("child2", "quarterly")).isEmpty();
    assertThat(e.result().quarterly()).isEmpty();
    assertThat(e.result().missingParameters()).containsExactly("boerne_ungeydelse.boerneydelse.3_6");
    assertThat(Rendering.summary(e, Language.EN)).hasSizeBetween(5, 10);
  }

  @Test
  @DisplayName("The issue's example (2023-Q1, income 870.000): threshold 'fastlægges senere' ⇒ reduction and total absent, gross shown")
  void issueExample2023() throws FactsException {
    Explanation e = ENGINE.explain(Facts.parse(Fixtures.resource("facts/boerne_ungeydelse.json")));

    assertThat(e.result().missingParameters()).containsExactly("boerne_ungeydelse.aftrapning.bundfradrag");
    assertThat(e.result().quarterly()).isEmpty();
    assertThat(e.result().totals().get("quarterlyBeforeReduction")).isEqualByComparingTo("5406");
    assertThat(e.result().detail("annualReduction")).isEmpty();
  }

  @Test
  @DisplayName("A removed value (what-if table) is reported missing, not replaced by an older one")
  void removedValue() {
    ParameterTable table = ParameterTable.standard().without("folkepension.pensionstillaeg.fradrag.enlig", LocalDate.of(2026, 1, 1));
    Explanation e = new RulesEngine(table).explain(single(Period.month(2026, 2), self(IncomeType.PENSION, 150_000)));

    assertThat(e.result().missingParameters()).containsExactly("folkepension.pensionstillaeg.fradrag.enlig",
        "folkepension.personligTillaegsprocent.fradrag.enlig", "folkepension.personligTillaegsprocent.trin.enlig");
    assertThat(e.result().component("grundbeloeb", "annual")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90528"));
    assertThat(e.result().component("pensionstillaeg", "annual")).isEmpty();
  }
}
