package dk.workbench.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.rules.parameters.Confidence;
import dk.workbench.rules.parameters.ParameterDefinition;
import dk.workbench.rules.parameters.ParameterTable;
import dk.workbench.rules.parameters.ParameterValue;
import dk.workbench.rules.parameters.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parameter file: complete for RULES.md 2021-2026, with provenance, dated lookup and consistency checks. */
class ParameterTableTest {
  private static final ParameterTable TABLE = ParameterTable.standard();

  private static List<String> engineKeys() {
    List<String> keys = new ArrayList<>(FolkepensionRules.KEYS);
    keys.addAll(BoerneUngeydelseRules.KEYS);
    keys.addAll(BoligstoetteRules.KEYS);
    return keys;
  }

  @ParameterizedTest(name = "RULES.md: {0} for {1} = {2} ({3})")
  @CsvSource({
      "folkepension.grundbeloeb, 2021, 78216, A", "folkepension.grundbeloeb, 2024, 83136, B",
      "folkepension.grundbeloeb, 2025, 86376, B", "folkepension.grundbeloeb, 2026, 90528, B",
      "folkepension.pensionstillaeg.enlig, 2021, 88020, A", "folkepension.pensionstillaeg.enlig, 2024, 96192, B",
      "folkepension.pensionstillaeg.enlig, 2025, 99948, B", "folkepension.pensionstillaeg.enlig, 2026, 104748, B",
      "folkepension.pensionstillaeg.gift, 2021, 44484, A", "folkepension.pensionstillaeg.gift, 2024, 49224, B",
      "folkepension.pensionstillaeg.gift, 2025, 51144, B", "folkepension.pensionstillaeg.gift, 2026, 53604, B",
      "folkepension.pensionstillaeg.fradrag.enlig, 2024, 93400, A", "folkepension.pensionstillaeg.fradrag.enlig, 2025, 95800, U",
      "folkepension.pensionstillaeg.fradrag.enlig, 2026, 99200, U",
      "folkepension.pensionstillaeg.fradrag.par, 2025, 192000, U", "folkepension.pensionstillaeg.fradrag.par, 2026, 198800, U",
      "folkepension.pensionstillaeg.bortfald.enlig, 2024, 404700, A", "folkepension.pensionstillaeg.bortfald.enlig, 2025, 419256, D",
      "folkepension.pensionstillaeg.bortfald.enlig, 2026, 438190, D",
      "folkepension.personligTillaegsprocent.fradrag.par, 2025, 69700, A", "folkepension.personligTillaegsprocent.fradrag.par, 2026, 70600, A",
      "folkepension.personligTillaegsprocent.trin.par, 2025, 1223, A", "folkepension.personligTillaegsprocent.trin.par, 2026, 1282, A",
      "folkepension.personligTillaegsprocent.fradrag.enlig, 2025, 35200, U",
      "folkepension.grundbeloeb.fradrag, 2021, 344600, B",
      "folkepension.indtaegt.partnerFradragsprocent, 2021, 54, A", "folkepension.indtaegt.partnerFradragsprocent, 2026, 54, A",
      "folkepension.pensionstillaeg.reduktion.enlig, 2026, 30.9, A",
      "folkepension.pensionstillaeg.reduktion.partnerIkkePensionist, 2026, 32.0, A",
      "folkepension.pensionstillaeg.reduktion.partnerPensionist, 2026, 16.0, A",
      "folkepension.aeldrecheck.maksimum, 2024, 19900, B", "folkepension.aeldrecheck.maksimum, 2025, 25700, B",
      "boerne_ungeydelse.boerneydelse.0_2, 2022, 4653, A", "boerne_ungeydelse.boerneydelse.0_2, 2023, 4746, A",
      "boerne_ungeydelse.boerneydelse.0_2, 2024, 5124, C", "boerne_ungeydelse.boerneydelse.0_2, 2025, 5292, B",
      "boerne_ungeydelse.boerneydelse.0_2, 2026, 5370, C",
      "boerne_ungeydelse.boerneydelse.3_6, 2021, 3666, A", "boerne_ungeydelse.boerneydelse.3_6, 2022, 3681, A",
      "boerne_ungeydelse.boerneydelse.3_6, 2023, 3756, A", "boerne_ungeydelse.boerneydelse.3_6, 2024, 4056, C",
      "boerne_ungeydelse.boerneydelse.3_6, 2026, 4248, C",
      "boerne_ungeydelse.boerneydelse.7_14, 2021, 2883, A", "boerne_ungeydelse.boerneydelse.7_14, 2022, 2898, A",
      "boerne_ungeydelse.boerneydelse.7_14, 2023, 2955, A", "boerne_ungeydelse.boerneydelse.7_14, 2024, 3192, C",
      "boerne_ungeydelse.boerneydelse.7_14, 2026, 3342, C",
      "boerne_ungeydelse.ungeydelse.15_17, 2022, 966, A", "boerne_ungeydelse.ungeydelse.15_17, 2023, 985, A",
      "boerne_ungeydelse.ungeydelse.15_17, 2024, 1064, C", "boerne_ungeydelse.ungeydelse.15_17, 2026, 1114, C",
      "boerne_ungeydelse.aftrapning.bundfradrag, 2021, 818300, A", "boerne_ungeydelse.aftrapning.bundfradrag, 2022, 828100, A",
      "boerne_ungeydelse.aftrapning.bundfradrag, 2024, 882700, A", "boerne_ungeydelse.aftrapning.bundfradrag, 2025, 917000, D",
      "boerne_ungeydelse.aftrapning.bundfradrag, 2026, 961100, D",
      "boerne_ungeydelse.aftrapning.procent, 2026, 2, A",
      "boligydelse.tillaegTilBoligudgift, 2021, 7200, B", "boligydelse.tillaegTilBoligudgift, 2023, 7500, C",
      "boligydelse.tillaegTilBoligudgift, 2026, 8500, B",
      "boligydelse.indkomstgraense, 2021, 171500, B", "boligydelse.indkomstgraense, 2023, 178700, C",
      "boligydelse.indkomstgraense, 2026, 201400, B",
      "boligydelse.indkomstgraense.barn, 2021, 45200, B", "boligydelse.indkomstgraense.barn, 2026, 53100, B",
      "boligydelse.egenbetaling.minimum, 2021, 18100, B", "boligydelse.egenbetaling.minimum, 2025, 20300, B",
      "boligydelse.egenbetaling.minimum, 2026, 21300, B",
      "boligydelse.maksimum, 2021, 50760, B", "boligydelse.maksimum, 2025, 56892, B", "boligydelse.maksimum, 2026, 59628, B",
      "boligydelse.maksimalBoligudgift, 2025, 107800, B",
      "boligydelse.bagatelgraense, 2021, 310, B", "boligydelse.bagatelgraense, 2023, 323, C", "boligydelse.bagatelgraense, 2026, 365, B",
      "boligydelse.formuegraense.1, 2023, 940800, B", "boligydelse.formuegraense.2, 2023, 1881800, B",
      "boligydelse.formuegraense.1, 2025, 1011700, B", "boligydelse.formuegraense.2, 2025, 2023700, B",
      "boligsikring.indkomstgraense, 2021, 148100, B", "boligsikring.indkomstgraense, 2023, 150600, C",
      "boligsikring.indkomstgraense, 2026, 171500, U",
      "boligsikring.indkomstgraense.barn, 2021, 39000, B", "boligsikring.indkomstgraense.barn, 2023, 39700, C",
      "boligsikring.indkomstgraense.barn, 2026, 45200, U",
      "boligsikring.egenbetaling.minimum, 2021, 25000, B", "boligsikring.egenbetaling.minimum, 2025, 28300, B",
      "boligsikring.egenbetaling.minimum, 2026, 28900, B",
      "boligsikring.maksimum, 2021, 43848, B", "boligsikring.maksimum, 2023, 44592, C", "boligsikring.maksimum, 2025, 49716, B",
      "boligsikring.maksimum, 2026, 50760, U",
      "boligsikring.maksimalBoligudgift, 2025, 94200, B",
      "boligsikring.formuegraense.1, 2023, 793100, B", "boligsikring.formuegraense.2, 2023, 1586200, B",
      "boligsikring.formuegraense.1, 2025, 884100, B", "boligsikring.formuegraense.2, 2025, 1768300, B",
      "boligsikring.boligudgiftsprocent, 2026, 60, A", "boligsikring.indkomstprocent, 2026, 18, A",
      "boligsikring.loftUdenBoern, 2026, 15, A"})
  void everyRulesMdParameterIsPresent(String key, int year, String value, String confidence) {
    ParameterValue v = TABLE.lookup(key, LocalDate.of(year, 6, 1));

    assertThat(v).as(key + " " + year).isNotNull();
    assertThat(v.value()).isEqualByComparingTo(value);
    assertThat(v.confidence()).isEqualTo(Confidence.valueOf(confidence));
  }

  @ParameterizedTest(name = "RULES.md says not found: {0} for {1} is missing (never carried forward)")
  @CsvSource({
      "folkepension.grundbeloeb, 2022", "folkepension.grundbeloeb, 2023", "folkepension.grundbeloeb, 2027",
      "folkepension.pensionstillaeg.fradrag.par, 2024", "folkepension.pensionstillaeg.fradrag.enlig, 2021",
      "folkepension.personligTillaegsprocent.fradrag.enlig, 2026", "folkepension.personligTillaegsprocent.trin.enlig, 2025",
      "boerne_ungeydelse.aftrapning.bundfradrag, 2023", "boerne_ungeydelse.boerneydelse.3_6, 2025",
      "boerne_ungeydelse.boerneydelse.7_14, 2025", "boerne_ungeydelse.ungeydelse.15_17, 2025",
      "boligydelse.indkomstgraense, 2025", "boligydelse.maksimalBoligudgift, 2026", "boligydelse.formuegraense.1, 2026"})
  void notFoundMeansMissing(String key, int year) {
    assertThat(TABLE.lookup(key, LocalDate.of(year, 6, 1))).isNull();
  }

  @Test
  @DisplayName("The 2023 Q1 child supplement applies only in the January quarter 2023")
  void oneOffSupplementIsDated() {
    assertThat(TABLE.lookup("boerne_ungeydelse.tillaeg2023K1", LocalDate.of(2023, 1, 1))).isNotNull();
    assertThat(TABLE.lookup("boerne_ungeydelse.tillaeg2023K1", LocalDate.of(2023, 4, 1))).isNull();
    assertThat(TABLE.lookup("boerne_ungeydelse.tillaeg2023K1", LocalDate.of(2022, 10, 1))).isNull();
  }

  @Test
  @DisplayName("Every key the engine reads is declared, and every calculation/information key is read by the engine")
  void keysMatchTheEngine() {
    Set<String> declared = new HashSet<>();
    for (ParameterDefinition d : TABLE.definitions()) {
      declared.add(d.key());
      if (d.role() != Role.REFERENCE) {
        assertThat(engineKeys()).as("key read by the engine").contains(d.key());
      }
    }
    assertThat(declared).containsAll(engineKeys());
  }

  @Test
  @DisplayName("Every value has valid_from, unit, law, provision, a source and a confidence letter; no placeholders")
  void provenanceIsComplete() {
    int values = 0;
    for (ParameterDefinition d : TABLE.definitions()) {
      for (ParameterValue v : d.values()) {
        values++;
        assertThat(v.legalReference().law()).isNotBlank();
        assertThat(v.legalReference().provision()).isNotBlank().doesNotContainIgnoringCase("todo");
        assertThat(v.source()).matches("(https?://|RULES\\.md ).+");
        assertThat(v.unit()).isNotBlank();
        assertThat(v.confidence()).isNotNull();
      }
    }
    assertThat(values).isGreaterThan(120);
  }

  @ParameterizedTest(name = "bortfald {0}: fradrag + maksimum / 30,9 % ≈ {0} value (RULES.md check)")
  @CsvSource({"2024", "2025", "2026"})
  void cutOffIsConsistent(int year) {
    LocalDate d = LocalDate.of(year, 1, 1);
    BigDecimal fradrag = TABLE.lookup("folkepension.pensionstillaeg.fradrag.enlig", d).value();
    BigDecimal max = TABLE.lookup("folkepension.pensionstillaeg.enlig", d).value();
    BigDecimal cutOff = TABLE.lookup("folkepension.pensionstillaeg.bortfald.enlig", d).value();
    BigDecimal computed = fradrag.add(max.divide(new BigDecimal("0.309"), 0, RoundingMode.HALF_UP));

    assertThat(computed.subtract(cutOff).abs()).isLessThanOrEqualTo(BigDecimal.ONE);
  }

  @ParameterizedTest(name = "aftrapning threshold {0} = 700.000 x reguleringstal / 100 (PSL § 20)")
  @CsvSource({"2022", "2024", "2025", "2026"})
  void thresholdFollowsTheIndex(int year) {
    LocalDate d = LocalDate.of(year, 1, 1);
    BigDecimal index = TABLE.lookup("personskatteloven.paragraf20.reguleringstal", d).value();
    BigDecimal expected = new BigDecimal("700000").multiply(index).divide(new BigDecimal("100"), 0, RoundingMode.HALF_UP);

    assertThat(TABLE.lookup("boerne_ungeydelse.aftrapning.bundfradrag", d).value()).isEqualByComparingTo(expected);
  }

  @Test
  @DisplayName("§ 1 stk. 3: every child benefit year amount is divisible by 12")
  void childBenefitAmountsDivisibleBy12() {
    for (String key : List.of("boerne_ungeydelse.boerneydelse.0_2", "boerne_ungeydelse.boerneydelse.3_6", "boerne_ungeydelse.boerneydelse.7_14")) {
      for (ParameterValue v : TABLE.definition(key).orElseThrow().values()) {
        assertThat(v.value().multiply(BigDecimal.valueOf(4)).remainder(BigDecimal.valueOf(12))).as(key + " " + v.validFrom()).isZero();
      }
    }
  }

  @Test
  @DisplayName("with() overrides one value; without() removes values from a date")
  void derivedTables() {
    ParameterValue v = TABLE.lookup("folkepension.grundbeloeb", LocalDate.of(2026, 1, 1));
    ParameterValue other = new ParameterValue(v.key(), v.validFrom(), null, new BigDecimal("1"), v.unit(), v.regulation(), v.role(),
        v.legalReference(), v.source(), Confidence.U, null, v.titleDa(), v.titleEn());

    assertThat(TABLE.with(other).lookup("folkepension.grundbeloeb", LocalDate.of(2026, 5, 1)).value()).isEqualByComparingTo("1");
    assertThat(TABLE.without("folkepension.grundbeloeb", LocalDate.of(2026, 1, 1)).lookup("folkepension.grundbeloeb", LocalDate.of(2026, 5, 1))).isNull();
    assertThat(TABLE.lookup("folkepension.grundbeloeb", LocalDate.of(2026, 5, 1)).value()).isEqualByComparingTo("90528");
  }

  @Test
  @DisplayName("A malformed parameter file is rejected naming the key")
  void malformedFilesAreRejected() {
    String ok = "{\"schemaVersion\":\"1\",\"parameters\":[{\"key\":\"k\",\"unit\":\"DKK/year\",\"regulation\":\"yearly\",\"role\":\"calculation\","
        + "\"title_da\":\"t\",\"title_en\":\"t\",\"values\":[{\"valid_from\":\"2024-01-01\",\"value\":1,\"law\":\"L\",\"consolidation\":null,"
        + "\"provision\":\"§ 1\",\"source\":\"https://x\",\"confidence\":\"A\"}]}]}";
    assertThat(ParameterTable.fromJson(ok).lookup("k", LocalDate.of(2024, 2, 1)).value()).isEqualByComparingTo("1");

    assertThatThrownBy(() -> ParameterTable.fromJson(ok.replace("https://x", "somewhere"))).hasMessageContaining("parameter k").hasMessageContaining("source");
    assertThatThrownBy(() -> ParameterTable.fromJson(ok.replace("§ 1", "TODO"))).hasMessageContaining("placeholder");
    assertThatThrownBy(() -> ParameterTable.fromJson(ok.replace("DKK/year", "furlongs"))).hasMessageContaining("unit");
    assertThatThrownBy(() -> ParameterTable.fromJson(ok.replace("\"confidence\":\"A\"", "\"confidence\":\"Z\""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParameterTable.fromJson(ok.replace("\"value\":1,", ""))).hasMessageContaining("value");
  }
}
