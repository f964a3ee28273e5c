package dk.workbench.rules;

import static dk.workbench.rules.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.rules.BoerneUngeydelseFacts.Custody;
import dk.workbench.rules.FolkepensionFacts.CivilStatus;
import dk.workbench.rules.FolkepensionFacts.Income;
import dk.workbench.rules.FolkepensionFacts.IncomeType;
import dk.workbench.rules.FolkepensionFacts.Owner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Properties that must hold for any facts. */
class PropertiesTest {

  private static FolkepensionFacts pensioner(int year, int month, boolean couple, boolean partnerPensioner, long income, int years) {
    List<Income> incomes = List.of(new Income(Owner.SELF, IncomeType.PENSION, BigDecimal.valueOf(income), "test"));
    return new FolkepensionFacts(Period.month(year, month), LocalDate.of(1950, 3, 3),
        couple ? CivilStatus.COUPLE : CivilStatus.SINGLE, couple && partnerPensioner, BigDecimal.valueOf(years), incomes);
  }

  private static BigDecimal pt(FolkepensionFacts f) {
    return ENGINE.explain(f).result().component("pensionstillaeg", "annual").orElseThrow();
  }

  @Property
  @Label("pensionstillæg is never negative and never rises with income (2025-2026, single and couples)")
  void pensionSupplementMonotone(@ForAll @IntRange(min = 2025, max = 2026) int year, @ForAll boolean couple,
      @ForAll boolean partnerPensioner, @ForAll @LongRange(min = 0, max = 900_000) long income,
      @ForAll @LongRange(min = 0, max = 50_000) long more, @ForAll @IntRange(min = 1, max = 45) int years) {
    BigDecimal low = pt(pensioner(year, 6, couple, partnerPensioner, income, years));
    BigDecimal high = pt(pensioner(year, 6, couple, partnerPensioner, income + more, years));

    assertThat(low).isNotNegative();
    assertThat(high).isNotNegative().isLessThanOrEqualTo(low);
  }

  @Property
  @Label("the residence fraction never raises the amount, and personlig tillægsprocent is within 0-100 and never rises with income")
  void fractionAndPercentage(@ForAll @LongRange(min = 0, max = 400_000) long income, @ForAll @LongRange(min = 0, max = 80_000) long more,
      @ForAll @IntRange(min = 1, max = 39) int years) {
    Explanation full = ENGINE.explain(pensioner(2026, 3, true, true, income, 40));
    Explanation partial = ENGINE.explain(pensioner(2026, 3, true, true, income, years));
    Explanation richer = ENGINE.explain(pensioner(2026, 3, true, true, income + more, 40));

    assertThat(partial.result().annual().orElseThrow()).isLessThanOrEqualTo(full.result().annual().orElseThrow());
    BigDecimal p = (BigDecimal) full.result().detail("personligTillaegsprocent").orElseThrow();
    BigDecimal q = (BigDecimal) richer.result().detail("personligTillaegsprocent").orElseThrow();
    assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(q).isLessThanOrEqualTo(p);
  }

  @Property
  @Label("boligstøtte is always divisible by 12, not negative, at most the maximum, and monthly x 12 = annual")
  void housingDivisibleBy12(@ForAll boolean pensioner, @ForAll @IntRange(min = 0, max = 6) int children,
      @ForAll @LongRange(min = 0, max = 200_000) long rent, @ForAll @LongRange(min = 0, max = 700_000) long income,
      @ForAll @LongRange(min = -100_000, max = 2_500_000) long wealth, @ForAll @IntRange(min = 1, max = 12) int month) {
    int year = pensioner ? 2020 : 2026;
    if (!pensioner && wealth > 0) {
      wealth = 0; // the 2026 wealth limits are missing
    }
    Explanation e = ENGINE.explain(new BoligstoetteFacts(Period.month(year, month), pensioner, 1, children,
        BigDecimal.valueOf(rent), BigDecimal.valueOf(income), BigDecimal.valueOf(wealth)));
    BigDecimal annual = e.result().annual().orElseThrow();

    assertThat(annual.remainder(BigDecimal.valueOf(12))).isZero();
    assertThat(annual).isNotNegative().isLessThanOrEqualTo(pensioner ? new BigDecimal("62010") : new BigDecimal("50760"));
    assertThat(e.result().monthly().orElseThrow().multiply(BigDecimal.valueOf(12))).isEqualByComparingTo(annual);
  }

  @Property
  @Label("børne- og ungeydelse: never negative, never above the amount before reduction; a shared half is at least half of the whole")
  void childBenefitBounds(@ForAll("births") List<LocalDate> births, @ForAll @LongRange(min = 0, max = 3_000_000) long income,
      @ForAll @IntRange(min = 1, max = 4) int quarter) {
    Period p = Period.quarter(2026, quarter);
    List<LocalDate> valid = new ArrayList<>();
    for (LocalDate b : births) {
      if (b.isBefore(p.endExclusive())) {
        valid.add(b);
      }
    }
    if (valid.isEmpty()) {
      valid.add(LocalDate.of(2020, 1, 1));
    }
    Explanation sole = ENGINE.explain(Fixtures.children(p, income, Custody.SOLE, valid.toArray(LocalDate[]::new)));
    Explanation shared = ENGINE.explain(Fixtures.children(p, 0, Custody.SHARED, valid.toArray(LocalDate[]::new)));
    Explanation whole = ENGINE.explain(Fixtures.children(p, 0, Custody.SOLE, valid.toArray(LocalDate[]::new)));

    BigDecimal q = sole.result().quarterly().orElseThrow();
    assertThat(q).isNotNegative().isLessThanOrEqualTo(sole.result().totals().get("quarterlyBeforeReduction"));
    BigDecimal half = shared.result().quarterly().orElseThrow();
    assertThat(half.multiply(BigDecimal.valueOf(2))).isGreaterThanOrEqualTo(whole.result().quarterly().orElseThrow());
    assertThat(half).isLessThanOrEqualTo(whole.result().quarterly().orElseThrow());
  }

  @Provide
  Arbitrary<List<LocalDate>> births() {
    return Combinators.combine(Arbitraries.integers().between(2006, 2026), Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(1, 28)).as(LocalDate::of).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property(tries = 200)
  @Label("any valid facts give the same explanation twice, a 5-10 sentence summary in both languages, and rendered texts")
  void deterministicAndSummarised(@ForAll("anyFacts") Facts facts) {
    Explanation a = ENGINE.explain(facts);
    Explanation b = ENGINE.explain(facts);

    assertThat(Rendering.json(a, Language.DA)).isEqualTo(Rendering.json(b, Language.DA));
    assertThat(ExplanationComparison.compare(a, b).lineChanges()).isEmpty();
    for (Language l : Language.values()) {
      assertThat(Rendering.summary(a, l)).hasSizeBetween(5, 10);
      for (Line line : a.lines()) {
        assertThat(Texts.has(line.text().key())).as(line.text().key()).isTrue();
        assertThat(Rendering.lineText(line, l)).doesNotContain("{", "title.", "missing.").isNotBlank();
      }
      assertThat(Rendering.text(a, l)).doesNotContain("{0", "title.", "sum.", "txt.", "cmp.");
    }
  }

  @Provide
  Arbitrary<Facts> anyFacts() {
    Arbitrary<Facts> pension = Combinators.combine(Arbitraries.integers().between(2020, 2027), Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(1935, 1970), Arbitraries.of(CivilStatus.values()), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 45), Arbitraries.longs().between(0, 600_000), Arbitraries.of(IncomeType.values()))
        .as((y, m, by, cs, pp, years, amount, type) -> (Facts) new FolkepensionFacts(Period.month(y, m), LocalDate.of(by, 6, 15), cs,
            cs == CivilStatus.COUPLE && pp, BigDecimal.valueOf(years),
            List.of(new Income(Owner.SELF, type, BigDecimal.valueOf(type == IncomeType.CAPITAL ? amount - 300_000 : amount), "test"))));
    Arbitrary<Facts> child = Combinators.combine(Arbitraries.integers().between(2021, 2027), Arbitraries.integers().between(1, 4),
        births(), Arbitraries.longs().between(0, 2_000_000), Arbitraries.of(Custody.values()))
        .as((y, q, bs, income, c) -> {
          Period p = Period.quarter(y, q);
          List<BoerneUngeydelseFacts.Child> kids = new ArrayList<>();
          for (LocalDate b : bs) {
            if (b.isBefore(p.endExclusive())) {
              kids.add(new BoerneUngeydelseFacts.Child(b));
            }
          }
          if (kids.isEmpty()) {
            kids.add(new BoerneUngeydelseFacts.Child(LocalDate.of(2015, 1, 1)));
          }
          return (Facts) new BoerneUngeydelseFacts(p, BigDecimal.valueOf(income), c, null, kids);
        });
    Arbitrary<Facts> housing = Combinators.combine(Arbitraries.integers().between(2020, 2027), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 5), Arbitraries.longs().between(0, 150_000), Arbitraries.longs().between(0, 500_000),
        Arbitraries.longs().between(-50_000, 3_000_000))
        .as((y, p, c, rent, income, wealth) -> (Facts) new BoligstoetteFacts(Period.month(y, 1), p, 1, c,
            BigDecimal.valueOf(rent), BigDecimal.valueOf(income), BigDecimal.valueOf(wealth)));
    return Arbitraries.oneOf(pension, child, housing);
  }
}
