package dk.workbench.rules;

import java.time.LocalDate;

/**
 * The dated rule versions the engine knows (issue 3, item 2). Each is selected by the period computed, except the
 * residence fraction, which is selected by the date the person reaches pension age.
 */
final class RuleVersions {
  private static final LocalDate Y2022 = LocalDate.of(2022, 1, 1);
  private static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);
  private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);
  private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
  private static final LocalDate AGE_70 = LocalDate.of(2025, 12, 31);

  /** § 1 a pension age table up to 69 (born after 31.12.1966). */
  static final RuleVersion PENSION_AGE_69 = new RuleVersion("folkepension.pensionsalder/op-til-69", null, AGE_70, "period");
  /** § 1 a as raised on 31.12.2025: 70 for persons born 1.1.1971 or later. */
  static final RuleVersion PENSION_AGE_70 = new RuleVersion("folkepension.pensionsalder/70-fra-2025-12-31", AGE_70, null, "period");

  /** Old § 31 stk. 1: grundbeløb reduced by 30 % of own work income above a fradrag (until 2022). */
  static final RuleVersion GRUNDBELOEB_INCOME_TEST = new RuleVersion("folkepension.grundbeloeb/indtaegtsprovet", null, Y2023, "period");
  /** From 2023 (law of 2024 with retroactive effect): no income test of the grundbeløb. */
  static final RuleVersion GRUNDBELOEB_NO_TEST = new RuleVersion("folkepension.grundbeloeb/uden-indtaegtsprove", Y2023, null, "period");

  /** Until 2022: work income counts in the pension supplement basis. */
  static final RuleVersion INCOME_WITH_WORK = new RuleVersion("folkepension.indtaegt/med-arbejdsindkomst", null, Y2023, "period");
  /** From 2023: own and partner's work income excluded from the basis. */
  static final RuleVersion INCOME_WITHOUT_WORK = new RuleVersion("folkepension.indtaegt/uden-arbejdsindkomst", Y2023, null, "period");

  /** Pension age reached before 1.7.2025: residence fraction x/40. */
  static final RuleVersion RESIDENCE_40THS = new RuleVersion("folkepension.broek/40-dele", null, JULY_2025, "pensionAgeDate");
  /** Pension age reached on/after 1.7.2025: whole percent of 9/10 of the optjeningsperiode. */
  static final RuleVersion RESIDENCE_NINE_TENTHS = new RuleVersion("folkepension.broek/9-10-af-optjeningsperioden", JULY_2025, null, "pensionAgeDate");

  /** Before 2022: no ligedeling; the whole ydelse to the recipient, and the spouse's income also reduces it. */
  static final RuleVersion CHILD_BEFORE_2022 = new RuleVersion("boerne_ungeydelse/foer-2022", null, Y2022, "period");
  /** From 2022: ligedeling with shared custody; reduction from own income only. */
  static final RuleVersion CHILD_FROM_2022 = new RuleVersion("boerne_ungeydelse/fra-2022", Y2022, null, "period");

  /** Reduction basis before 2026: topskattegrundlag. */
  static final RuleVersion CHILD_BASIS_TOPSKAT = new RuleVersion("boerne_ungeydelse.grundlag/topskat", null, Y2026, "period");
  /** Reduction basis from 2026 (presumed date, RULES.md: confirm): mellemskat basis less pension deposits / 0,6. */
  static final RuleVersion CHILD_BASIS_MELLEMSKAT = new RuleVersion("boerne_ungeydelse.grundlag/mellemskat", Y2026, null, "period");

  /** The one-off +660 kr. per child in the January quarter 2023. */
  static final RuleVersion CHILD_SUPPLEMENT_2023Q1 = new RuleVersion("boerne_ungeydelse.tillaeg/2023-K1", Y2023, LocalDate.of(2023, 4, 1), "period");

  private RuleVersions() {}

  static RuleVersion pensionAge(LocalDate periodStart) {
    return PENSION_AGE_70.appliesOn(periodStart) ? PENSION_AGE_70 : PENSION_AGE_69;
  }

  static RuleVersion grundbeloeb(LocalDate periodStart) {
    return GRUNDBELOEB_NO_TEST.appliesOn(periodStart) ? GRUNDBELOEB_NO_TEST : GRUNDBELOEB_INCOME_TEST;
  }

  static RuleVersion income(LocalDate periodStart) {
    return INCOME_WITHOUT_WORK.appliesOn(periodStart) ? INCOME_WITHOUT_WORK : INCOME_WITH_WORK;
  }

  static RuleVersion residence(LocalDate pensionAgeDate) {
    return RESIDENCE_NINE_TENTHS.appliesOn(pensionAgeDate) ? RESIDENCE_NINE_TENTHS : RESIDENCE_40THS;
  }

  static RuleVersion child(LocalDate periodStart) {
    return CHILD_FROM_2022.appliesOn(periodStart) ? CHILD_FROM_2022 : CHILD_BEFORE_2022;
  }

  static RuleVersion childBasis(LocalDate periodStart) {
    return CHILD_BASIS_MELLEMSKAT.appliesOn(periodStart) ? CHILD_BASIS_MELLEMSKAT : CHILD_BASIS_TOPSKAT;
  }
}
