package dk.workbench.rules;

import static dk.workbench.rules.Fixtures.ENGINE;
import static dk.workbench.rules.Fixtures.component;
import static dk.workbench.rules.Fixtures.housing;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Boligstøtte: RULES.md has no official worked example (all D), so these are smoke tests of our own arithmetic. */
class BoligstoetteSmokeTest {

  @Test
  @DisplayName("BY-1 smoke (D, 2026): single pensioner, rent 72.000, income 250.000 ⇒ 49.440, own payment 27.500 ⇒ 44.500 ⇒ 44.496 (down to /12)")
  void by1() throws FactsException {
    Explanation e = ENGINE.explain(Facts.parse(Fixtures.resource("facts/boligstoette.json")));

    assertThat(e.line("boligydelse.beregnet").orElseThrow().amount()).isEqualByComparingTo("49440");
    assertThat(e.line("boligydelse.egenbetaling").orElseThrow().amount()).isEqualByComparingTo("44500");
    assertThat(component(e, "boligydelse", "annual")).isEqualByComparingTo("44496");
    assertThat(component(e, "boligydelse", "monthly")).isEqualByComparingTo("3708");
    assertThat(e.line("boligydelse.afrunding12").orElseThrow().roundingRule()).isEqualTo(Num.DOWN_TO_12);
  }

  @Test
  @DisplayName("BS-1 smoke (D, U params, 2026): boligsikring, no children, rent 60.000, income 200.000 ⇒ 30.870 capped at 15 % = 9.000/yr (750/md)")
  void bs1() {
    Explanation e = ENGINE.explain(housing(Period.month(2026, 3), false, 0, 60_000, 200_000, 0));

    assertThat(e.line("boligsikring.beregnet").orElseThrow().amount()).isEqualByComparingTo("30870");
    assertThat(component(e, "boligsikring", "annual")).isEqualByComparingTo("9000");
    assertThat(component(e, "boligsikring", "monthly")).isEqualByComparingTo("750");
    assertThat(e.result().unconfirmedParameters()).contains("boligsikring.indkomstgraense");
  }

  @Test
  @DisplayName("BS-2 smoke (D, U params, 2026): 1 child, rent 60.000, income 250.000 ⇒ 36.000 - 14.130 = 21.870 ⇒ 21.864 (/12)")
  void bs2() {
    Explanation e = ENGINE.explain(housing(Period.month(2026, 3), false, 1, 60_000, 250_000, 0));

    assertThat(e.line("boligsikring.indkomstfradrag").orElseThrow().amount()).isEqualByComparingTo("14130");
    assertThat(e.line("boligsikring.maksimum").orElseThrow().amount()).isEqualByComparingTo("21870");
    assertThat(component(e, "boligsikring", "annual")).isEqualByComparingTo("21864");
    assertThat(e.line("boligsikring.loft_uden_boern")).isEmpty();
  }

  @Test
  @DisplayName("2020 boligydelse (A parameters, bm.dk): wealth addition 10 % over 882.300, child increments, maximum")
  void wealthAndChildren2020() {
    Explanation e = ENGINE.explain(housing(Period.month(2020, 5), true, 3, 90_000, 200_000, 982_300));

    assertThat(e.line("boligstoette.formuetillaeg").orElseThrow().amount()).isEqualByComparingTo("10000");
    assertThat(e.line("boligydelse.indkomstgraense").orElseThrow().amount()).isEqualByComparingTo("256000"); // 167.600 + 2 x 44.200
    // 75 % x (90.000 + 7.100) = 72.825; income 210.000 below the limit; own payment max(23.100; 17.700) ⇒ 66.900; max 49.608
    assertThat(component(e, "boligydelse", "annual")).isEqualByComparingTo("49608");
  }

  @Test
  @DisplayName("Boligydelse maximum +25 % with 4 or more children (§ 23 stk. 1)")
  void fourChildrenRaiseTheMaximum() {
    Explanation e = ENGINE.explain(housing(Period.month(2026, 1), true, 4, 150_000, 100_000, 0));

    assertThat(e.line("boligydelse.maksimum").orElseThrow().amount()).isEqualByComparingTo("74535"); // 59.628 x 1,25
  }

  @Test
  @DisplayName("Missing 2025 indkomstgrænse: the boligydelse is absent, the parameter is named, nothing is guessed")
  void missing2025() {
    Explanation e = ENGINE.explain(housing(Period.month(2025, 1), true, 0, 72_000, 250_000, 0));

    assertThat(e.result().annual()).isEmpty();
    assertThat(e.result().missingParameters()).contains("boligydelse.indkomstgraense", "boligydelse.tillaegTilBoligudgift");
    assertThat(e.result().detail("householdIncome")).contains(new BigDecimal("250000"));
  }
}
