package dk.workbench.rules;

import static dk.workbench.rules.Fixtures.ENGINE;
import static dk.workbench.rules.Fixtures.children;
import static dk.workbench.rules.Fixtures.component;
import static dk.workbench.rules.Fixtures.exampleValue;
import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.rules.BoerneUngeydelseFacts.Custody;
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

/** Børne- og ungeydelse oracles (A/B, named) and smoke tests (D). */
class BoerneUngeydelseOracleTest {
  private static final String BORGER_LIGEDELING =
      "https://www.borger.dk/familie-og-boern/familieydelser-oversigt/boerne-ungeydelse/ligedeling-eksempler";

  @Test
  @DisplayName("BU-1 (A, borger.dk ligedeling-eksempler, 2021 rates): before 2022 children 3 and 7 give 3.666 + 2.883 = 6.549/kvartal to one parent")
  void bu1Before2022WholeAmountToOneParent() {
    Explanation e = ENGINE.explain(children(Period.quarter(2021, 2), 400_000, Custody.SHARED,
        LocalDate.of(2018, 1, 15), LocalDate.of(2014, 1, 15)));

    assertThat(component(e, "child1", "quarterly")).isEqualByComparingTo("3666");
    assertThat(component(e, "child2", "quarterly")).isEqualByComparingTo("2883");
    assertThat(e.result().quarterly()).contains(new BigDecimal("6549"));
    assertThat(e.result().detail("sharedCustodyHalving")).contains(false);
  }

  @Test
  @DisplayName("BU-1 (A, borger.dk ligedeling-eksempler): from 2022 each parent gets 1.833 + 1.441,5 rounded up = 3.275/kvartal (§ 4 stk. 1)")
  void bu1From2022HalfRoundedUp() {
    // the example applies the 2022 rule to the 2021 rates; they are injected as the example's values
    ParameterTable table = ParameterTable.standard().with(
        exampleValue("boerne_ungeydelse.boerneydelse.3_6", "2022-01-01", "3666", "DKK/quarter", Regulation.YEARLY, BORGER_LIGEDELING, Confidence.A),
        exampleValue("boerne_ungeydelse.boerneydelse.7_14", "2022-01-01", "2883", "DKK/quarter", Regulation.YEARLY, BORGER_LIGEDELING, Confidence.A));
    Explanation e = new RulesEngine(table).explain(children(Period.quarter(2022, 1), 400_000, Custody.SHARED,
        LocalDate.of(2018, 10, 1), LocalDate.of(2014, 10, 1)));

    assertThat(component(e, "child1", "quarterly")).isEqualByComparingTo("1833");
    assertThat(component(e, "child2", "quarterly")).isEqualByComparingTo("1442");
    assertThat(e.result().quarterly()).contains(new BigDecimal("3275"));
  }

  @ParameterizedTest(name = "borger.dk forhøjet børne- og ungeydelse januar-kvartalet 2023 (A): {0}, {1} ⇒ {2} for the quarter")
  @CsvSource({
      "2022-03-01, sole,   5406",
      "2022-03-01, shared, 2703",
      "2018-06-01, sole,   4416",
      "2018-06-01, shared, 2208",
      "2012-06-01, sole,   3615",
      "2012-06-01, shared, 1808",
      "2007-06-01, sole,   3615",   // ungeydelse 3 x (985 + 220)
      "2007-06-01, shared, 1809"})  // 3 x (493 + 110)
  void januaryQuarter2023Supplement(String birth, String custody, String expected) {
    // income 0: the 2023 reduction threshold is missing ("fastlægges senere") and is then not needed
    Explanation e = ENGINE.explain(children(Period.quarter(2023, 1), 0,
        custody.equals("sole") ? Custody.SOLE : Custody.SHARED, LocalDate.parse(birth)));

    assertThat(component(e, "child1", "quarterly")).isEqualByComparingTo(expected);
    assertThat(e.result().missingParameters()).isEmpty();
  }

  @Test
  @DisplayName("borger.dk nedsættelse-eksempler (A, 2022): own income 870.000 ⇒ (870.000 - 828.100) x 2 % = 838/yr = 209,50/kvartal")
  void reductionExample2022() {
    Explanation e = ENGINE.explain(children(Period.quarter(2022, 2), 870_000, Custody.SOLE, LocalDate.of(2013, 5, 5)));

    assertThat(e.result().detail("annualReduction")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("838"));
    assertThat(e.result().detail("quarterlyReduction")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("209.50"));
    assertThat(e.result().quarterly()).hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("2688.50")); // 2.898 - 209,50
  }

  @Test
  @DisplayName("borger.dk nedsættelse (A, before 2022): a spouse's income above 818.300 (2021) also reduces the ydelse")
  void spouseIncomeCountsBefore2022() {
    BoerneUngeydelseFacts f = new BoerneUngeydelseFacts(Period.quarter(2021, 3), new BigDecimal("300000"), Custody.SOLE,
        new BigDecimal("900000"), List.of(new BoerneUngeydelseFacts.Child(LocalDate.of(2015, 5, 5))));
    Explanation e = ENGINE.explain(f);

    // (900.000 - 818.300) x 2 % = 1.634/yr, 408,50 per quarter
    assertThat(e.result().detail("annualReduction")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("1634"));
    assertThat(e.result().detail("quarterlyReduction")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("408.50"));
    // from 2022 the same spouse income is ignored
    BoerneUngeydelseFacts later = new BoerneUngeydelseFacts(Period.quarter(2022, 3), new BigDecimal("300000"), Custody.SOLE,
        new BigDecimal("900000"), f.children());
    assertThat(ENGINE.explain(later).result().detail("annualReduction"))
        .hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("0"));
  }

  @Test
  @DisplayName("BU-4 smoke (D, 2024): one parent, basis 950.000 ⇒ 1.346/yr, 336,50/kvartal")
  void bu4Smoke() {
    Explanation e = ENGINE.explain(children(Period.quarter(2024, 1), 950_000, Custody.SOLE, LocalDate.of(2020, 5, 5)));

    assertThat(e.result().detail("annualReduction")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("1346"));
    assertThat(e.result().detail("quarterlyReduction")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("336.50"));
    assertThat(e.result().unconfirmedParameters()).contains("boerne_ungeydelse.boerneydelse.3_6");
  }

  @Test
  @DisplayName("BU-5 smoke (D, 2026): child turns 15 on 10 May ⇒ Q2 børneydelse 2/3 x 3.342 = 2.228 plus ungeydelse 1.114 for June")
  void bu5Smoke() {
    Explanation e = ENGINE.explain(children(Period.quarter(2026, 2), 0, Custody.SOLE, LocalDate.of(2011, 5, 10)));

    assertThat(e.line("boerne_ungeydelse.barn.boerneydelse.afrunding", "child1").orElseThrow().amount()).isEqualByComparingTo("2228");
    assertThat(e.line("boerne_ungeydelse.barn.ungeydelse", "child1").orElseThrow().amount()).isEqualByComparingTo("1114");
    assertThat(component(e, "child1", "quarterly")).isEqualByComparingTo("3342");
  }

  @Test
  @DisplayName("Smoke (D): 18th birthday on 10 February 2026 ⇒ January 1.114 + February 10/28 x 1.114 = 397,86 ≈ 398, no March")
  void eighteenthBirthdayProRata() {
    Explanation e = ENGINE.explain(children(Period.quarter(2026, 1), 0, Custody.SOLE, LocalDate.of(2008, 2, 10)));

    assertThat(e.line("boerne_ungeydelse.barn.ungeydelse.afrunding", "child1").orElseThrow().amount()).isEqualByComparingTo("398");
    assertThat(component(e, "child1", "quarterly")).isEqualByComparingTo("1512");
  }

  @Test
  @DisplayName("§ 5 stk. 3: a child born in the quarter is first paid for the next quarter; 18 before the quarter ⇒ nothing")
  void newbornAndAdult() {
    Explanation e = ENGINE.explain(children(Period.quarter(2024, 2), 0, Custody.SOLE,
        LocalDate.of(2024, 4, 1), LocalDate.of(2005, 1, 1), LocalDate.of(2024, 3, 31)));

    assertThat(component(e, "child1", "quarterly")).isZero();
    assertThat(component(e, "child2", "quarterly")).isZero();
    assertThat(component(e, "child3", "quarterly")).isEqualByComparingTo("5124");
  }

  @Test
  @DisplayName("§ 1 a: the reduction is capped at the ydelse and taken from the children in order")
  void reductionCappedAndAllocated() {
    Explanation e = ENGINE.explain(children(Period.quarter(2024, 1), 3_000_000, Custody.SOLE,
        LocalDate.of(2020, 5, 5), LocalDate.of(2015, 5, 5)));

    // (3.000.000 - 882.700) x 2 % = 42.346/yr, 10.586,50 per quarter > 4.056 + 3.192 = 7.248
    assertThat(e.result().quarterly()).contains(BigDecimal.ZERO);
    assertThat(e.result().detail("quarterlyReduction")).hasValueSatisfying(v -> assertThat((BigDecimal) v).isEqualByComparingTo("7248"));
    assertThat(component(e, "child1", "beforeReduction")).isEqualByComparingTo("4056");

    Explanation partly = ENGINE.explain(children(Period.quarter(2024, 1), 1_000_000, Custody.SOLE,
        LocalDate.of(2020, 5, 5), LocalDate.of(2015, 5, 5)));
    // (1.000.000 - 882.700) x 2 % = 2.346/yr, 586,50 per quarter, taken from child 1
    assertThat(component(partly, "child1", "quarterly")).isEqualByComparingTo("3469.50");
    assertThat(component(partly, "child2", "quarterly")).isEqualByComparingTo("3192");
  }
}
