package dk.workbench.rules;

import static dk.workbench.rules.Fixtures.ENGINE;
import static dk.workbench.rules.Fixtures.component;
import static dk.workbench.rules.Fixtures.couple;
import static dk.workbench.rules.Fixtures.exampleValue;
import static dk.workbench.rules.Fixtures.kr;
import static dk.workbench.rules.Fixtures.partner;
import static dk.workbench.rules.Fixtures.self;
import static dk.workbench.rules.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.rules.FolkepensionFacts.CivilStatus;
import dk.workbench.rules.FolkepensionFacts.IncomeType;
import dk.workbench.rules.parameters.Confidence;
import dk.workbench.rules.parameters.ParameterTable;
import dk.workbench.rules.parameters.Regulation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Folkepension oracles. Each test names its source and confidence; A/B examples are oracles, D examples (our own
 * arithmetic, RULES.md (c)) are smoke tests.
 */
class FolkepensionOracleTest {

  private static final String BORGER_FP5 =
      "https://www.borger.dk/pension-og-efterloen/foertidspension-oversigt/foertidspension-gamle-regler/foertidspension-aegtefaelle-pensionist-gamle-regler";
  private static final String BORGER_FP6 =
      "https://www.borger.dk/pension-og-efterloen/foertidspension-oversigt/foertidspension-gamle-regler/foertidspension-gamle-regler-hvis-aegtefaelle-arbejder";

  @Test
  @DisplayName("FP-5 (A, borger.dk førtidspension gamle regler, spouse pensioner): 200.000 - 177.700 = 22.300 x 16 % = 3.568; PT 34.904/yr, 2.909/md")
  void fp5SpousePensionerCombinedIncome16Percent() {
    // The example's year is not on the page (about 2019-20); its own amounts are injected as example parameters.
    ParameterTable table = ParameterTable.standard().with(
        exampleValue("folkepension.pensionstillaeg.gift", "2020-01-01", "38472", "DKK/year", Regulation.YEARLY, BORGER_FP5, Confidence.A),
        exampleValue("folkepension.pensionstillaeg.fradrag.par", "2020-01-01", "177700", "DKK/year", Regulation.YEARLY, BORGER_FP5, Confidence.A),
        exampleValue("folkepension.pensionstillaeg.reduktion.partnerPensionist", "2020-01-01", "16.0", "percent", Regulation.FIXED, BORGER_FP5, Confidence.A));
    Explanation e = new RulesEngine(table).explain(couple(Period.month(2020, 6), true,
        self(IncomeType.PENSION, 80_000), partner(IncomeType.PENSION, 120_000)));

    assertThat(e.line("folkepension.indtaegtsgrundlag").orElseThrow().amount()).isEqualByComparingTo("200000");
    assertThat(e.line("folkepension.pensionstillaeg.overskydende").orElseThrow().amount()).isEqualByComparingTo("22300");
    assertThat(e.line("folkepension.pensionstillaeg.nedsaettelse").orElseThrow().amount()).isEqualByComparingTo("3568");
    assertThat(component(e, "pensionstillaeg", "annual")).isEqualByComparingTo("34904");
    assertThat(component(e, "pensionstillaeg", "monthly")).isEqualByComparingTo("2909");
  }

  @Test
  @DisplayName("FP-6 (A, borger.dk førtidspension gamle regler, spouse works): 46 % of 420.000 = 193.200; 13.500 x 32 % = 4.320; PT 34.692/yr, 2.891/md")
  void fp6SpouseNotPensioner54PercentDisregardAnd32Percent() {
    ParameterTable table = ParameterTable.standard().with(
        exampleValue("folkepension.pensionstillaeg.gift", "2020-01-01", "39012", "DKK/year", Regulation.YEARLY, BORGER_FP6, Confidence.A),
        exampleValue("folkepension.pensionstillaeg.fradrag.par", "2020-01-01", "179700", "DKK/year", Regulation.YEARLY, BORGER_FP6, Confidence.A),
        exampleValue("folkepension.pensionstillaeg.reduktion.partnerIkkePensionist", "2020-01-01", "32.0", "percent", Regulation.FIXED, BORGER_FP6, Confidence.A),
        exampleValue("folkepension.indtaegt.partnerFradragsprocent", "2020-01-01", "54", "percent", Regulation.FIXED, BORGER_FP6, Confidence.A));
    // Before 2023 the spouse's work income counts (at 46 %).
    Explanation e = new RulesEngine(table).explain(couple(Period.month(2020, 6), false, partner(IncomeType.WORK, 420_000)));

    assertThat(e.line("folkepension.indtaegt.partner.medregnet").orElseThrow().amount()).isEqualByComparingTo("193200");
    assertThat(e.line("folkepension.pensionstillaeg.overskydende").orElseThrow().amount()).isEqualByComparingTo("13500");
    assertThat(e.line("folkepension.pensionstillaeg.nedsaettelse").orElseThrow().amount()).isEqualByComparingTo("4320");
    assertThat(component(e, "pensionstillaeg", "annual")).isEqualByComparingTo("34692");
    assertThat(component(e, "pensionstillaeg", "monthly")).isEqualByComparingTo("2891");
  }

  @Test
  @DisplayName("FP-7 (A, borger.dk 2024): single pensioner's PT starts falling above 93.400 and is 0 above 404.700")
  void fp7SingleLimits2024() {
    Period p = Period.month(2024, 3);
    assertThat(pt(single(p, self(IncomeType.PENSION, 93_400)))).isEqualByComparingTo("96192");
    assertThat(pt(single(p, self(IncomeType.PENSION, 94_400)))).isEqualByComparingTo("95883");
    assertThat(pt(single(p, self(IncomeType.PENSION, 404_000)))).isPositive();
    assertThat(pt(single(p, self(IncomeType.PENSION, 404_700)))).isZero();
    assertThat(pt(single(p, self(IncomeType.PENSION, 404_701)))).isZero();
    assertThat(pt(single(p, self(IncomeType.PENSION, 900_000)))).isZero();
  }

  @Test
  @DisplayName("Ældre Sagen 'Beregning af folkepension' 15.01.2024 (B), enlig med andre indtægter: basis 126.000, PT 86.119/yr, 7.177/md, grundbeløb 6.928/md")
  void aeldreSagen2024Example() throws FactsException {
    Explanation e = ENGINE.explain(Facts.parse(Fixtures.resource("facts/folkepension.json")));

    assertThat(e.line("folkepension.indtaegtsgrundlag").orElseThrow().amount()).isEqualByComparingTo("126000");
    assertThat(e.line("folkepension.pensionstillaeg.overskydende").orElseThrow().amount()).isEqualByComparingTo("32600");
    assertThat(e.line("folkepension.pensionstillaeg.nedsaettelse.afrunding").orElseThrow().amount()).isEqualByComparingTo("10073");
    assertThat(component(e, "pensionstillaeg", "annual")).isEqualByComparingTo("86119");
    assertThat(component(e, "pensionstillaeg", "monthly")).isEqualByComparingTo("7177");
    assertThat(component(e, "grundbeloeb", "monthly")).isEqualByComparingTo("6928");
    assertThat(e.result().monthly()).contains(kr(6928 + 7177));
  }

  @Test
  @DisplayName("Ældre Sagen 13.01.2021 (B), eksempel 1: work income 360.000 - 344.600 = 15.400 x 30 % = 4.620; grundbeløb 73.596/yr, 6.133/md")
  void aeldreSagen2021GrundbeloebIncomeTest() {
    Explanation e = ENGINE.explain(single(Period.month(2021, 6),
        self(IncomeType.WORK, 360_000), self(IncomeType.ATP, 18_000), self(IncomeType.CAPITAL, 10_000)));

    assertThat(e.line("folkepension.grundbeloeb.nedsaettelse").orElseThrow().amount()).isEqualByComparingTo("4620");
    assertThat(component(e, "grundbeloeb", "annual")).isEqualByComparingTo("73596");
    assertThat(component(e, "grundbeloeb", "monthly")).isEqualByComparingTo("6133");
    // the 2021 single pensionstillæg fradrag is not in RULES.md: the supplement is absent, never guessed
    assertThat(e.result().component("pensionstillaeg", "annual")).isEmpty();
    assertThat(e.result().missingParameters()).contains("folkepension.pensionstillaeg.fradrag.enlig");
  }

  @ParameterizedTest(name = "borger.dk Personlig tillægsprocent (A), {0}: couple, both pensioners, 105.000 ⇒ {1} %")
  @CsvSource({"2025, 71", "2026, 73"})
  void personalSupplementPercentage(int year, int expected) {
    Explanation e = ENGINE.explain(couple(Period.month(year, 1), true, self(IncomeType.PENSION, 60_000), partner(IncomeType.PENSION, 45_000)));

    assertThat(e.result().detail("personligTillaegsprocent")).contains(BigDecimal.valueOf(expected));
  }

  @ParameterizedTest(name = "§ 1 a (A, danskelove.dk/pensionsloven/1a; AES for 70): born {0} ⇒ age {1} years on {2}, paid from {3}")
  @CsvSource({
      "1953-12-31, 65,   2018-12-31, 2019-01-01",
      "1954-01-01, 65.5, 2019-07-01, 2019-07-01",
      "1954-06-30, 65.5, 2019-12-30, 2020-01-01",
      "1954-07-01, 66,   2020-07-01, 2020-07-01",
      "1955-03-01, 66.5, 2021-09-01, 2021-09-01",
      "1955-07-01, 67,   2022-07-01, 2022-07-01",
      "1962-12-31, 67,   2029-12-31, 2030-01-01",
      "1963-01-01, 68,   2031-01-01, 2031-01-01",
      "1966-12-31, 68,   2034-12-31, 2035-01-01",
      "1967-01-01, 69,   2036-01-01, 2036-01-01",
      "1970-12-31, 69,   2039-12-31, 2040-01-01",
      "1971-01-01, 70,   2041-01-01, 2041-01-01",
      "1958-02-15, 67,   2025-02-15, 2025-03-01"})
  void pensionAge(String birth, String age, String reach, String start) {
    FolkepensionFacts f = new FolkepensionFacts(Period.month(2026, 1), LocalDate.parse(birth), CivilStatus.SINGLE, false, kr(40), List.of());
    Explanation e = ENGINE.explain(f);

    assertThat(e.result().detail("pensionAge")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo(age));
    assertThat(e.result().detail("pensionAgeDate")).contains(LocalDate.parse(reach));
    assertThat(e.result().detail("pensionStartDate")).contains(LocalDate.parse(start));
  }

  @Test
  @DisplayName("§ 1 a rule version: born 1971 has pension age 69 before the raise of 31.12.2025, 70 from then")
  void pensionAgeRaiseIsDated() {
    LocalDate birth = LocalDate.of(1971, 3, 1);
    Explanation before = ENGINE.explain(new FolkepensionFacts(Period.month(2025, 6), birth, CivilStatus.SINGLE, false, kr(40), List.of()));
    Explanation after = ENGINE.explain(new FolkepensionFacts(Period.month(2026, 1), birth, CivilStatus.SINGLE, false, kr(40), List.of()));

    assertThat(before.result().detail("pensionAge")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("69"));
    assertThat(after.result().detail("pensionAge")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("70"));
    assertThat(after.line("folkepension.pensionsalder").orElseThrow().ruleVersion()).isEqualTo(RuleVersions.PENSION_AGE_70);
  }

  @Test
  @DisplayName("Not yet of pension age: no folkepension, amounts 0, and a 5-10 sentence summary")
  void notYetPensionAge() {
    FolkepensionFacts f = new FolkepensionFacts(Period.month(2024, 1), LocalDate.of(1960, 1, 1), CivilStatus.SINGLE, false, kr(40), List.of());
    Explanation e = ENGINE.explain(f);

    assertThat(e.result().detail("entitled")).contains(false);
    assertThat(e.result().monthly()).contains(BigDecimal.ZERO);
    assertThat(Rendering.summary(e, Language.DA)).hasSizeBetween(5, 10);
  }

  @Test
  @DisplayName("seniorhaandbogen.dk (B): 31 years of residence before 1.7.2025 ⇒ 31/40 of the pension, applied after the income test")
  void residenceFortieths() {
    FolkepensionFacts f = new FolkepensionFacts(Period.month(2024, 1), LocalDate.of(1950, 5, 5), CivilStatus.SINGLE, false, kr(31), List.of());
    Explanation e = ENGINE.explain(f);

    assertThat(e.result().detail("residenceFraction")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("0.775"));
    assertThat(component(e, "grundbeloeb", "annual")).isEqualByComparingTo("64430"); // 83.136 x 0,775 = 64.430,4
    assertThat(component(e, "pensionstillaeg", "annual")).isEqualByComparingTo("74549"); // 96.192 x 0,775 = 74.548,8
  }

  @Test
  @DisplayName("§ 7 a (A): less than 1 year of residence gives no pension")
  void lessThanOneYearOfResidence() {
    FolkepensionFacts f = new FolkepensionFacts(Period.month(2024, 1), LocalDate.of(1950, 5, 5), CivilStatus.SINGLE, false, kr("0.5"), List.of());
    Explanation e = ENGINE.explain(f);

    assertThat(e.result().monthly()).contains(BigDecimal.ZERO);
  }

  // ------------------------------------------------------------------ D examples: smoke tests, not oracles

  @Test
  @DisplayName("FP-9 smoke (D, 2025, uses U fradrag 95.800): enlig, basis 126.000 ⇒ 9.332 reduction, PT 90.616/yr, 7.551/md")
  void fp9Smoke() {
    Explanation e = ENGINE.explain(single(Period.month(2025, 1), self(IncomeType.PENSION, 126_000)));

    assertThat(component(e, "pensionstillaeg", "annual")).isEqualByComparingTo("90616");
    assertThat(component(e, "pensionstillaeg", "monthly")).isEqualByComparingTo("7551");
    assertThat(e.result().unconfirmedParameters())
        .containsExactly("folkepension.pensionstillaeg.fradrag.enlig", "folkepension.personligTillaegsprocent.fradrag.enlig");
    assertThat(e.line("folkepension.pensionstillaeg.overskydende").orElseThrow().unconfirmed()).isTrue();
  }

  @Test
  @DisplayName("FP-10 smoke (D, 2026, U fradrag 99.200): enlig, basis 126.000 ⇒ PT 96.467/yr, 8.039/md; grundbeløb 90.528")
  void fp10Smoke() {
    Explanation e = ENGINE.explain(single(Period.month(2026, 1), self(IncomeType.PENSION, 126_000)));

    assertThat(component(e, "pensionstillaeg", "annual")).isEqualByComparingTo("96467");
    assertThat(component(e, "pensionstillaeg", "monthly")).isEqualByComparingTo("8039");
    assertThat(component(e, "grundbeloeb", "annual")).isEqualByComparingTo("90528");
  }

  @Test
  @DisplayName("FP-11 smoke (D, 2025, B/U 192.000): couple both pensioners, combined 250.000 ⇒ 9.280; each PT 41.864/yr, 3.489/md")
  void fp11Smoke() {
    Explanation e = ENGINE.explain(couple(Period.month(2025, 1), true, self(IncomeType.PENSION, 100_000), partner(IncomeType.PENSION, 150_000)));

    assertThat(e.line("folkepension.pensionstillaeg.nedsaettelse").orElseThrow().amount()).isEqualByComparingTo("9280");
    assertThat(component(e, "pensionstillaeg", "annual")).isEqualByComparingTo("41864");
    assertThat(component(e, "pensionstillaeg", "monthly")).isEqualByComparingTo("3489");
  }

  @Test
  @DisplayName("FP-12 smoke (D, 2026, U): own 150.000; non-pensioner spouse work 900.000 ignored + pension 200.000 at 46 % ⇒ PT 39.780/yr")
  void fp12Smoke() {
    Explanation e = ENGINE.explain(couple(Period.month(2026, 1), false,
        self(IncomeType.OTHER, 150_000), partner(IncomeType.WORK, 900_000), partner(IncomeType.PENSION, 200_000)));

    assertThat(e.line("folkepension.indtaegtsgrundlag").orElseThrow().amount()).isEqualByComparingTo("242000");
    assertThat(e.line("folkepension.pensionstillaeg.nedsaettelse").orElseThrow().amount()).isEqualByComparingTo("13824");
    assertThat(component(e, "pensionstillaeg", "annual")).isEqualByComparingTo("39780");
  }

  @ParameterizedTest(name = "FP-13 smoke (D): born 1958-09-01, pension age 1.9.2025, {0} years of residence ⇒ {1} %")
  @CsvSource({"31, 66", "40, 85", "46.8, 100", "50, 100"})
  void fp13Smoke(String years, int percent) {
    FolkepensionFacts f = new FolkepensionFacts(Period.month(2025, 10), LocalDate.of(1958, 9, 1), CivilStatus.SINGLE, false, kr(years), List.of());
    Explanation e = ENGINE.explain(f);

    assertThat(e.line("folkepension.bopael.broek").orElseThrow().ruleVersion()).isEqualTo(RuleVersions.RESIDENCE_NINE_TENTHS);
    assertThat(e.line("folkepension.bopael.optjeningsperiode").orElseThrow().amount()).isEqualByComparingTo("46.8");
    assertThat(e.result().detail("residenceFraction"))
        .hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo(BigDecimal.valueOf(percent).movePointLeft(2)));
  }

  private static BigDecimal pt(FolkepensionFacts f) {
    return component(ENGINE.explain(f), "pensionstillaeg", "annual");
  }
}
