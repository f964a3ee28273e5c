package dk.workbench.rules;

import static dk.workbench.rules.Trace.DKK_MONTH;
import static dk.workbench.rules.Trace.DKK_YEAR;
import static dk.workbench.rules.Trace.FRACTION;
import static dk.workbench.rules.Trace.PERCENT;
import static dk.workbench.rules.Trace.YEARS;

import dk.workbench.rules.FolkepensionFacts.Income;
import dk.workbench.rules.FolkepensionFacts.IncomeType;
import dk.workbench.rules.FolkepensionFacts.Owner;
import dk.workbench.rules.Line.Kind;
import dk.workbench.rules.Message.Pct;
import dk.workbench.rules.parameters.ParameterTable;
import dk.workbench.rules.parameters.ParameterValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folkepension (lov om social pension): pension age, grundbeløb (with the income test before 2023), pensionstillæg
 * with its income basis, the residence fraction and the personlig tillægsprocent. Order: income reduction first,
 * then the residence fraction (RULES.md B1.6).
 */
final class FolkepensionRules {
  static final String K_GRUNDBELOEB = "folkepension.grundbeloeb";
  static final String K_GB_FRADRAG = "folkepension.grundbeloeb.fradrag";
  static final String K_GB_REDUKTION = "folkepension.grundbeloeb.reduktion";
  static final String K_PT_ENLIG = "folkepension.pensionstillaeg.enlig";
  static final String K_PT_GIFT = "folkepension.pensionstillaeg.gift";
  static final String K_FRADRAG_ENLIG = "folkepension.pensionstillaeg.fradrag.enlig";
  static final String K_FRADRAG_PAR = "folkepension.pensionstillaeg.fradrag.par";
  static final String K_RATE_ENLIG = "folkepension.pensionstillaeg.reduktion.enlig";
  static final String K_RATE_PARTNER_IKKE = "folkepension.pensionstillaeg.reduktion.partnerIkkePensionist";
  static final String K_RATE_PARTNER_PENSIONIST = "folkepension.pensionstillaeg.reduktion.partnerPensionist";
  static final String K_PARTNER_FRADRAG_PCT = "folkepension.indtaegt.partnerFradragsprocent";
  static final String K_AKTIEUDBYTTE = "folkepension.indtaegt.aktieudbytteFritaget";
  static final String K_PTP_FRADRAG_ENLIG = "folkepension.personligTillaegsprocent.fradrag.enlig";
  static final String K_PTP_FRADRAG_PAR = "folkepension.personligTillaegsprocent.fradrag.par";
  static final String K_PTP_TRIN_ENLIG = "folkepension.personligTillaegsprocent.trin.enlig";
  static final String K_PTP_TRIN_PAR = "folkepension.personligTillaegsprocent.trin.par";

  /** All parameter keys the folkepension rules can read. */
  static final List<String> KEYS = List.of(K_GRUNDBELOEB, K_GB_FRADRAG, K_GB_REDUKTION, K_PT_ENLIG, K_PT_GIFT,
      K_FRADRAG_ENLIG, K_FRADRAG_PAR, K_RATE_ENLIG, K_RATE_PARTNER_IKKE, K_RATE_PARTNER_PENSIONIST,
      K_PARTNER_FRADRAG_PCT, K_AKTIEUDBYTTE, K_PTP_FRADRAG_ENLIG, K_PTP_FRADRAG_PAR, K_PTP_TRIN_ENLIG, K_PTP_TRIN_PAR);

  private static final LocalDate BORN_1954 = LocalDate.of(1954, 1, 1);
  private static final LocalDate BORN_1954_07 = LocalDate.of(1954, 7, 1);
  private static final LocalDate BORN_1955 = LocalDate.of(1955, 1, 1);
  private static final LocalDate BORN_1955_07 = LocalDate.of(1955, 7, 1);
  private static final LocalDate BORN_1963 = LocalDate.of(1963, 1, 1);
  private static final LocalDate BORN_1967 = LocalDate.of(1967, 1, 1);
  private static final LocalDate BORN_1971 = LocalDate.of(1971, 1, 1);
  private static final BigDecimal FORTY = BigDecimal.valueOf(40);
  private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);
  private static final BigDecimal NINE_TENTHS = new BigDecimal("0.9");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal NINE = BigDecimal.valueOf(9);

  private static final String L_AGE = "folkepension.pensionsalder";
  private static final String L_GB = "folkepension.grundbeloeb";
  private static final String L_GB_WORK = "folkepension.grundbeloeb.arbejdsindkomst";
  private static final String L_GB_RED = "folkepension.grundbeloeb.nedsaettelse";
  private static final String L_GB_RED_R = "folkepension.grundbeloeb.nedsaettelse.afrunding";
  private static final String L_GB_AFTER = "folkepension.grundbeloeb.efter_indtaegt";
  private static final String L_INC_OWN = "folkepension.indtaegt.egen";
  private static final String L_INC_PARTNER = "folkepension.indtaegt.partner";
  private static final String L_INC_PARTNER_46 = "folkepension.indtaegt.partner.medregnet";
  private static final String L_BASIS = "folkepension.indtaegtsgrundlag";
  private static final String L_PT = "folkepension.pensionstillaeg";
  private static final String L_PT_EXCESS = "folkepension.pensionstillaeg.overskydende";
  private static final String L_PT_RED = "folkepension.pensionstillaeg.nedsaettelse";
  private static final String L_PT_RED_R = "folkepension.pensionstillaeg.nedsaettelse.afrunding";
  private static final String L_PT_AFTER = "folkepension.pensionstillaeg.efter_indtaegt";
  private static final String L_PERIOD = "folkepension.bopael.optjeningsperiode";
  private static final String L_FRACTION = "folkepension.bopael.broek";
  private static final String L_FRACTION_R = "folkepension.bopael.broek.afrunding";
  private static final String L_GB_FRAC = "folkepension.grundbeloeb.broek";
  private static final String L_GB_FRAC_R = "folkepension.grundbeloeb.broek.afrunding";
  private static final String L_PT_FRAC = "folkepension.pensionstillaeg.broek";
  private static final String L_PT_FRAC_R = "folkepension.pensionstillaeg.broek.afrunding";
  private static final String L_GB_MONTH = "folkepension.grundbeloeb.maaned";
  private static final String L_PT_MONTH = "folkepension.pensionstillaeg.maaned";
  private static final String L_TOTAL = "folkepension.i_alt";
  private static final String L_PTP_STEPS = "folkepension.personligTillaegsprocent.trin";
  private static final String L_PTP_STEPS_R = "folkepension.personligTillaegsprocent.trin.afrunding";
  private static final String L_PTP = "folkepension.personligTillaegsprocent";

  private static final String SRC_BIRTH = "facts person.birthDate";

  private FolkepensionRules() {}

  static Explanation explain(FolkepensionFacts f, ParameterTable table) {
    Period period = f.period();
    LocalDate d = period.start();
    Trace t = new Trace(table, d);
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    Map<String, Map<String, BigDecimal>> components = new LinkedHashMap<>();
    Map<String, Object> details = new LinkedHashMap<>();

    // --- § 1 a: pension age (rule version by the period computed)
    RuleVersion ageVersion = RuleVersions.pensionAge(d);
    int ageMonths = pensionAgeMonths(f.birthDate(), ageVersion);
    BigDecimal ageYears = BigDecimal.valueOf(ageMonths).divide(Num.TWELVE);
    LocalDate reach = f.birthDate().plusMonths(ageMonths);
    LocalDate start = reach.getDayOfMonth() == 1 ? reach : reach.withDayOfMonth(1).plusMonths(1);
    t.line(L_AGE, Laws.pension(d, ageVersion == RuleVersions.PENSION_AGE_70 ? "§ 1 a (forhøjet pr. 31.12.2025)" : "§ 1 a"))
        .kind(Kind.CONDITION).version(ageVersion)
        .input("person.birthDate", f.birthDate(), SRC_BIRTH)
        .formula("{0} + {1} = {2}", f.birthDate(), Message.of("years", ageYears), reach)
        .amount(ageYears, YEARS).value(reach)
        .text("fp.age", f.birthDate(), ageYears, reach, start).add();

    boolean entitled = !d.isBefore(start);
    t.line("folkepension.ret", Laws.pension(d, "§ 1 a"))
        .kind(Kind.CONDITION)
        .input("period", period, "facts period")
        .input("pensionStartDate", start, "line:" + L_AGE)
        .value(entitled)
        .text(entitled ? "fp.entitled" : "fp.notEntitled", period, start).add();
    details.put("entitled", entitled);
    details.put("pensionAge", ageYears);
    details.put("pensionAgeDate", reach);
    details.put("pensionStartDate", start);
    if (!entitled) {
      totals.put("annual", Num.ZERO);
      totals.put("monthly", Num.ZERO);
      components.put("grundbeloeb", amounts(Num.ZERO, Num.ZERO));
      components.put("pensionstillaeg", amounts(Num.ZERO, Num.ZERO));
      return finish(f, t, totals, components, details);
    }

    // --- civil status: which amounts, fradrag and reduction rate apply
    boolean couple = f.civilStatus() == FolkepensionFacts.CivilStatus.COUPLE;
    boolean partnerPensioner = couple && f.partnerReceivesSocialPension();
    String status = !couple ? "single" : partnerPensioner ? "couplePartnerPensioner" : "couplePartnerNotPensioner";
    Trace.LineBuilder cs = t.line("folkepension.civilstand", Laws.pension(d, "§ 29, § 31, stk. 2"))
        .kind(Kind.CONDITION)
        .input("person.civilStatus", f.civilStatus().wireName(), "facts person.civilStatus");
    if (couple) {
      cs.input("person.partnerReceivesSocialPension", f.partnerReceivesSocialPension(), "facts person.partnerReceivesSocialPension");
    }
    cs.value(status).text("fp.civil." + status).add();

    // --- grundbeløb
    ParameterValue gp = t.param(K_GRUNDBELOEB);
    BigDecimal g = gp == null ? null : gp.value();
    t.line(L_GB, Laws.pension(d, "§ 12, stk. 1, § 49, stk. 1, nr. 1"))
        .param(K_GRUNDBELOEB, gp).amount(g, DKK_YEAR).text("fp.gb", g).add();
    BigDecimal gAfterIncome = grundbeloebIncomeTest(f, t, d, g);

    // --- pensionstillæg: income basis (§ 29)
    RuleVersion incomeVersion = RuleVersions.income(d);
    boolean workCounts = incomeVersion == RuleVersions.INCOME_WITH_WORK;
    BigDecimal own = countedIncome(f, t, d, Owner.SELF, workCounts, incomeVersion);
    BigDecimal partnerCounted = Num.ZERO;
    if (couple) {
      BigDecimal partnerRaw = countedIncome(f, t, d, Owner.PARTNER, workCounts, incomeVersion);
      if (partnerPensioner) {
        partnerCounted = partnerRaw;
      } else {
        ParameterValue pct = t.param(K_PARTNER_FRADRAG_PCT);
        partnerCounted = partnerRaw == null || pct == null ? null
            : partnerRaw.subtract(partnerRaw.multiply(pct.fraction()));
        t.line(L_INC_PARTNER_46, Laws.pension(d, "§ 29, stk. 5, § 49, stk. 1, nr. 5"))
            .input("partnerIndtaegt", partnerRaw, "line:" + L_INC_PARTNER)
            .param(K_PARTNER_FRADRAG_PCT, pct)
            .formula("{0} − {0} × {1} = {2}", partnerRaw, pct == null ? null : new Pct(pct.value()), partnerCounted)
            .amount(partnerCounted, DKK_YEAR)
            .text("fp.income.partner46", partnerRaw, pct == null ? null : new Pct(pct.value()), partnerCounted).add();
      }
    }
    BigDecimal basis = own == null || partnerCounted == null ? null : own.add(partnerCounted);
    Trace.LineBuilder bl = t.line(L_BASIS, Laws.pension(d, "§ 29, stk. 1"))
        .input("egenIndtaegt", own, "line:" + L_INC_OWN);
    if (couple) {
      bl.input("partnerIndtaegt", partnerCounted, "line:" + (partnerPensioner ? L_INC_PARTNER : L_INC_PARTNER_46))
          .formula("{0} + {1} = {2}", own, partnerCounted, basis);
    } else {
      bl.formula("{0} = {1}", own, basis);
    }
    bl.amount(basis, DKK_YEAR).text(couple ? "fp.basis.couple" : "fp.basis.single", basis).add();

    // --- pensionstillæg: maximum, excess over fradrag, reduction (§ 31 stk. 2)
    String maxKey = couple ? K_PT_GIFT : K_PT_ENLIG;
    ParameterValue mp = t.param(maxKey);
    BigDecimal max = mp == null ? null : mp.value();
    t.line(L_PT, Laws.pension(d, "§ 12, stk. 1, § 49, stk. 1, nr. 3"))
        .param(maxKey, mp).amount(max, DKK_YEAR).text(couple ? "fp.pt.max.couple" : "fp.pt.max.single", max).add();

    String fradragKey = couple ? K_FRADRAG_PAR : K_FRADRAG_ENLIG;
    BigDecimal excess = excessOver(t, d, basis, fradragKey, L_PT_EXCESS, "§ 49, stk. 1, nr. 6, § 49 c",
        couple ? "fp.pt.excess.couple" : "fp.pt.excess.single");

    String rateKey = !couple ? K_RATE_ENLIG : partnerPensioner ? K_RATE_PARTNER_PENSIONIST : K_RATE_PARTNER_IKKE;
    String rateProvision = !couple ? "§ 31, stk. 2, nr. 1" : partnerPensioner ? "§ 31, stk. 2, nr. 3" : "§ 31, stk. 2, nr. 2";
    ParameterValue rp = t.param(rateKey);
    BigDecimal reduction = excess == null || rp == null ? null : excess.multiply(rp.fraction());
    Pct ratePct = rp == null ? null : new Pct(rp.value());
    t.line(L_PT_RED, Laws.pension(d, rateProvision))
        .input("overskydende", excess, "line:" + L_PT_EXCESS)
        .param(rateKey, rp)
        .formula("{0} × {1} = {2}", excess, ratePct, reduction)
        .amount(reduction, DKK_YEAR)
        .text(partnerPensioner ? "fp.pt.reduction.combined" : "fp.pt.reduction", ratePct, excess, reduction).add();
    BigDecimal reductionRounded = reduction == null ? null : Num.nearestKrone(reduction);
    t.line(L_PT_RED_R, Laws.convention("afrunding af nedsættelsen til hele kroner (som i RULES.md og Ældre Sagens eksempler)"))
        .rounding(Num.NEAREST_KRONE)
        .input("nedsaettelse", reduction, "line:" + L_PT_RED)
        .formula("{0} ≈ {1}", reduction, reductionRounded)
        .amount(reductionRounded, DKK_YEAR).text("fp.round.krone", reduction, reductionRounded).add();
    BigDecimal ptAfterIncome = max == null || reductionRounded == null ? null : Num.max0(max.subtract(reductionRounded));
    t.line(L_PT_AFTER, Laws.pension(d, "§ 31, stk. 2"))
        .input("pensionstillaeg", max, "line:" + L_PT)
        .input("nedsaettelse", reductionRounded, "line:" + L_PT_RED_R)
        .formula("max(0; {0} − {1}) = {2}", max, reductionRounded, ptAfterIncome)
        .amount(ptAfterIncome, DKK_YEAR).text("fp.pt.after", ptAfterIncome).add();

    // --- residence fraction (§ 5, § 7 a), applied after the income reduction
    BigDecimal fraction = residenceFraction(f, t, d, reach, ageYears);
    details.put("residenceFraction", fraction);
    String fractionSource = "line:" + (RuleVersions.residence(reach) == RuleVersions.RESIDENCE_NINE_TENTHS
        && f.residenceYearsInDenmark().compareTo(Num.ONE) >= 0 ? L_FRACTION_R : L_FRACTION);

    BigDecimal gFinal = applyFraction(t, d, gAfterIncome, fraction, fractionSource, L_GB_FRAC, L_GB_FRAC_R,
        "line:" + (RuleVersions.grundbeloeb(d) == RuleVersions.GRUNDBELOEB_NO_TEST ? L_GB : L_GB_AFTER), "fp.gb.fraction");
    BigDecimal ptFinal = applyFraction(t, d, ptAfterIncome, fraction, fractionSource, L_PT_FRAC, L_PT_FRAC_R,
        "line:" + L_PT_AFTER, "fp.pt.fraction");

    // --- monthly amounts and totals
    BigDecimal gMonth = monthly(t, gFinal, L_GB_MONTH, "line:" + L_GB_FRAC_R, "fp.gb.month");
    BigDecimal ptMonth = monthly(t, ptFinal, L_PT_MONTH, "line:" + L_PT_FRAC_R, "fp.pt.month");
    components.put("grundbeloeb", amounts(gFinal, gMonth));
    components.put("pensionstillaeg", amounts(ptFinal, ptMonth));
    BigDecimal annual = gFinal == null || ptFinal == null ? null : gFinal.add(ptFinal);
    BigDecimal month = gMonth == null || ptMonth == null ? null : gMonth.add(ptMonth);
    t.line(L_TOTAL, Laws.pension(d, "§ 12, stk. 1"))
        .input("grundbeloeb", gMonth, "line:" + L_GB_MONTH)
        .input("pensionstillaeg", ptMonth, "line:" + L_PT_MONTH)
        .formula("{0} + {1} = {2}", gMonth, ptMonth, month)
        .amount(month, DKK_MONTH).text("fp.total", month, annual).add();
    if (annual != null) {
      totals.put("annual", annual);
    }
    if (month != null) {
      totals.put("monthly", month);
    }

    // --- personlig tillægsprocent (§ 31 stk. 3): not reduced by the residence fraction
    BigDecimal ptp = personalPercentage(t, d, basis, couple);
    if (ptp != null) {
      details.put("personligTillaegsprocent", ptp);
    }
    return finish(f, t, totals, components, details);
  }

  private static Explanation finish(FolkepensionFacts f, Trace t, Map<String, BigDecimal> totals,
      Map<String, Map<String, BigDecimal>> components, Map<String, Object> details) {
    return new Explanation(Explanation.SCHEMA_VERSION, Benefit.FOLKEPENSION, f.period(),
        new Result(totals, components, details, t.unconfirmed(), t.missing()), t.lines());
  }

  private static Map<String, BigDecimal> amounts(BigDecimal annual, BigDecimal monthly) {
    Map<String, BigDecimal> m = new LinkedHashMap<>(4);
    if (annual != null) {
      m.put("annual", annual);
    }
    if (monthly != null) {
      m.put("monthly", monthly);
    }
    return m;
  }

  /** § 1 a (and the raise of 31.12.2025): pension age in months for a birth date. */
  static int pensionAgeMonths(LocalDate birth, RuleVersion version) {
    if (birth.isBefore(BORN_1954)) {
      return 65 * 12;
    } else if (birth.isBefore(BORN_1954_07)) {
      return 65 * 12 + 6;
    } else if (birth.isBefore(BORN_1955)) {
      return 66 * 12;
    } else if (birth.isBefore(BORN_1955_07)) {
      return 66 * 12 + 6;
    } else if (birth.isBefore(BORN_1963)) {
      return 67 * 12;
    } else if (birth.isBefore(BORN_1967)) {
      return 68 * 12;
    } else if (birth.isBefore(BORN_1971) || version != RuleVersions.PENSION_AGE_70) {
      return 69 * 12;
    }
    return 70 * 12;
  }

  /** Old § 31 stk. 1 (until 2022) or the rule from 2023 without income test. Returns the grundbeløb after it. */
  private static BigDecimal grundbeloebIncomeTest(FolkepensionFacts f, Trace t, LocalDate d, BigDecimal g) {
    RuleVersion v = RuleVersions.grundbeloeb(d);
    if (v == RuleVersions.GRUNDBELOEB_NO_TEST) {
      t.line("folkepension.grundbeloeb.indtaegtsprove", Laws.pension(d, "§ 12, stk. 1 (indtægtsprøvningen ophævet for folkepensionister fra 2023)"))
          .kind(Kind.CONDITION).version(v).value(Boolean.FALSE).text("fp.gb.noTest").add();
      return g;
    }
    List<Income> incomes = f.incomes();
    BigDecimal work = Num.ZERO;
    Trace.LineBuilder wl = t.line(L_GB_WORK, Laws.pension(d, "§ 31, stk. 1 (før 2023)")).version(v);
    for (int i = 0; i < incomes.size(); i++) {
      Income in = incomes.get(i);
      if (in.owner() == Owner.SELF && in.type() == IncomeType.WORK) {
        work = work.add(in.annual());
        wl.input("incomes[" + i + "].annual", in.annual(), in.source());
      }
    }
    wl.amount(work, DKK_YEAR).text("fp.gb.work", work).add();
    BigDecimal reduction;
    if (work.signum() <= 0) {
      reduction = Num.ZERO;
      t.line(L_GB_RED, Laws.pension(d, "§ 31, stk. 1 (før 2023)")).version(v)
          .input("arbejdsindkomst", work, "line:" + L_GB_WORK)
          .amount(reduction, DKK_YEAR).text("fp.gb.noWork").add();
    } else {
      ParameterValue fp = t.param(K_GB_FRADRAG);
      ParameterValue rp = t.param(K_GB_REDUKTION);
      BigDecimal exact = fp == null || rp == null ? null : Num.max0(work.subtract(fp.value())).multiply(rp.fraction());
      Pct rate = rp == null ? null : new Pct(rp.value());
      t.line(L_GB_RED, Laws.pension(d, "§ 31, stk. 1, § 49, stk. 1, nr. 2 (før 2023)")).version(v)
          .input("arbejdsindkomst", work, "line:" + L_GB_WORK)
          .param(K_GB_FRADRAG, fp).param(K_GB_REDUKTION, rp)
          .formula("max(0; {0} − {1}) × {2} = {3}", work, fp == null ? null : fp.value(), rate, exact)
          .amount(exact, DKK_YEAR).text("fp.gb.reduction", rate, fp == null ? null : fp.value(), exact).add();
      reduction = exact == null ? null : Num.nearestKrone(exact);
      t.line(L_GB_RED_R, Laws.convention("afrunding af nedsættelsen til hele kroner"))
          .rounding(Num.NEAREST_KRONE)
          .input("nedsaettelse", exact, "line:" + L_GB_RED)
          .formula("{0} ≈ {1}", exact, reduction)
          .amount(reduction, DKK_YEAR).text("fp.round.krone", exact, reduction).add();
    }
    BigDecimal after = g == null || reduction == null ? null : Num.max0(g.subtract(reduction));
    t.line(L_GB_AFTER, Laws.pension(d, "§ 31, stk. 1 (før 2023)")).version(v)
        .input("grundbeloeb", g, "line:" + L_GB)
        .input("nedsaettelse", reduction, "line:" + (work.signum() <= 0 ? L_GB_RED : L_GB_RED_R))
        .formula("max(0; {0} − {1}) = {2}", g, reduction, after)
        .amount(after, DKK_YEAR).text("fp.gb.after", after).add();
    return after;
  }

  /**
   * One person's income counted in the pensionstillæg basis (§ 29 stk. 1): ATP, pensions and other income in full,
   * positive net capital income, share income above the exempt dividend, work income only before 2023.
   */
  private static BigDecimal countedIncome(FolkepensionFacts f, Trace t, LocalDate d, Owner owner, boolean workCounts,
      RuleVersion version) {
    BigDecimal work = Num.ZERO;
    BigDecimal capital = Num.ZERO;
    BigDecimal share = Num.ZERO;
    BigDecimal others = Num.ZERO;
    boolean anyShare = false;
    String rule = owner == Owner.SELF ? L_INC_OWN : L_INC_PARTNER;
    Trace.LineBuilder b = t.line(rule, Laws.pension(d, "§ 29, stk. 1, nr. 1")).version(version);
    List<Income> incomes = f.incomes();
    for (int i = 0; i < incomes.size(); i++) {
      Income in = incomes.get(i);
      if (in.owner() != owner) {
        continue;
      }
      b.input("incomes[" + i + "].annual", in.annual(), in.source());
      switch (in.type()) {
        case WORK -> work = work.add(in.annual());
        case CAPITAL -> capital = capital.add(in.annual());
        case SHARE -> {
          share = share.add(in.annual());
          anyShare = true;
        }
        default -> others = others.add(in.annual());
      }
    }
    BigDecimal capitalCounted = Num.max0(capital);
    BigDecimal shareCounted = Num.ZERO;
    BigDecimal exempt = null;
    if (anyShare) {
      ParameterValue ep = t.param(K_AKTIEUDBYTTE);
      b.param(K_AKTIEUDBYTTE, ep);
      if (ep == null) {
        shareCounted = null;
      } else {
        exempt = ep.value();
        shareCounted = Num.max0(share.subtract(exempt));
      }
    }
    BigDecimal counted = shareCounted == null ? null
        : others.add(capitalCounted).add(shareCounted).add(workCounts ? work : Num.ZERO);
    String who = owner == Owner.SELF ? "own" : "partner";
    if (workCounts) {
      b.formula("{0} + max(0; {1}) + max(0; {2} − {3}) + {4} = {5}", others, capital, share, exempt == null ? Num.ZERO : exempt, work, counted)
          .amount(counted, DKK_YEAR).text("fp.income." + who + ".withWork", others, capital, share, work, counted).add();
    } else {
      b.formula("{0} + max(0; {1}) + max(0; {2} − {3}) = {4}", others, capital, share, exempt == null ? Num.ZERO : exempt, counted)
          .amount(counted, DKK_YEAR).text("fp.income." + who + ".withoutWork", others, capital, share, work, counted).add();
    }
    return counted;
  }

  /** {@code max(0, basis − fradrag)}; when the basis is not positive the fradrag is not needed (and not read). */
  private static BigDecimal excessOver(Trace t, LocalDate d, BigDecimal basis, String key, String rule, String provision,
      String textKey) {
    Trace.LineBuilder b = t.line(rule, Laws.pension(d, provision)).input("indtaegtsgrundlag", basis, "line:" + L_BASIS);
    if (basis == null) {
      return b.add().amount();
    }
    if (basis.signum() <= 0) {
      return b.formula("max(0; {0}) = {1}", basis, Num.ZERO).amount(Num.ZERO, DKK_YEAR).text("fp.excess.none").add().amount();
    }
    ParameterValue p = t.param(key);
    BigDecimal excess = p == null ? null : Num.max0(basis.subtract(p.value()));
    return b.param(key, p)
        .formula("max(0; {0} − {1}) = {2}", basis, p == null ? null : p.value(), excess)
        .amount(excess, DKK_YEAR).text(textKey, p == null ? null : p.value(), excess).add().amount();
  }

  /** Residence fraction: x/40 (pension age before 1.7.2025) or whole percent of 9/10 of the period (from then). */
  private static BigDecimal residenceFraction(FolkepensionFacts f, Trace t, LocalDate d, LocalDate reach, BigDecimal ageYears) {
    RuleVersion v = RuleVersions.residence(reach);
    BigDecimal years = f.residenceYearsInDenmark();
    String src = "facts person.residenceYearsInDenmark";
    if (years.compareTo(Num.ONE) < 0) {
      t.line(L_FRACTION, Laws.pension(d, "§ 7 a")).version(v)
          .input("person.residenceYearsInDenmark", years, src)
          .input("pensionAgeDate", reach, "line:" + L_AGE)
          .formula("{0} < 1 ⇒ {1}", years, Num.ZERO)
          .amount(Num.ZERO, FRACTION).text("fp.residence.none", years).add();
      return Num.ZERO;
    }
    if (v == RuleVersions.RESIDENCE_40THS) {
      BigDecimal fraction = Num.min(years, FORTY).divide(FORTY);
      t.line(L_FRACTION, Laws.pension(d, "§ 5 (pensionsalder nået før 1.7.2025)")).version(v)
          .input("person.residenceYearsInDenmark", years, src)
          .input("pensionAgeDate", reach, "line:" + L_AGE)
          .formula("min({0}; 40) / 40 = {1}", years, fraction)
          .amount(fraction, FRACTION)
          .text(fraction.compareTo(Num.ONE) == 0 ? "fp.residence40.full" : "fp.residence40.partial", years, reach, fraction).add();
      return fraction;
    }
    BigDecimal periodYears = ageYears.subtract(FIFTEEN);
    BigDecimal required = periodYears.multiply(NINE_TENTHS);
    t.line(L_PERIOD, Laws.pension(d, "§ 5, stk. 2")).version(v)
        .input("person.birthDate", f.birthDate(), SRC_BIRTH)
        .input("pensionAgeDate", reach, "line:" + L_AGE)
        .formula("{0} − 15 = {1}; 9/10 × {1} = {2}", ageYears, periodYears, required)
        .amount(required, YEARS).text("fp.residence.period", f.birthDate().plusYears(15), reach, periodYears, required).add();
    BigDecimal numerator = years.multiply(THOUSAND);
    BigDecimal denominator = periodYears.multiply(NINE);
    BigDecimal shown = Num.approx(numerator, denominator, 2);
    t.line(L_FRACTION, Laws.pension(d, "§ 5, stk. 2")).version(v)
        .input("person.residenceYearsInDenmark", years, src)
        .input("kraevetBopaelstid", required, "line:" + L_PERIOD)
        .formula("{0} / {1} × 100 ≈ {2}", years, required, shown)
        .amount(shown, PERCENT).text("fp.residence.pctExact", years, required, new Pct(shown)).add();
    BigDecimal pct = Num.min(Num.divideNearest(numerator, denominator), Num.HUNDRED);
    t.line(L_FRACTION_R, Laws.pension(d, "§ 5, stk. 3")).version(v)
        .rounding(Num.NEAREST_PERCENT)
        .input("broekProcent", shown, "line:" + L_FRACTION)
        .formula("min(100; {0}) ≈ {1}", shown, pct)
        .amount(pct, PERCENT).text("fp.residence.pctRounded", new Pct(pct)).add();
    return pct.movePointLeft(2);
  }

  private static BigDecimal applyFraction(Trace t, LocalDate d, BigDecimal amount, BigDecimal fraction, String fractionSource,
      String rule, String roundRule, String source, String textKey) {
    BigDecimal exact = amount == null ? null : amount.multiply(fraction);
    t.line(rule, Laws.pension(d, "§ 5 (brøkpension beregnes efter indtægtsreguleringen)"))
        .input("beloeb", amount, source)
        .input("broek", fraction, fractionSource)
        .formula("{0} × {1} = {2}", amount, fraction, exact)
        .amount(exact, DKK_YEAR).text(textKey, amount, fraction, exact).add();
    BigDecimal rounded = exact == null ? null : Num.nearestKrone(exact);
    t.line(roundRule, Laws.convention("årligt beløb afrundes til hele kroner"))
        .rounding(Num.NEAREST_KRONE)
        .input("beloeb", exact, "line:" + rule)
        .formula("{0} ≈ {1}", exact, rounded)
        .amount(rounded, DKK_YEAR).text("fp.round.krone", exact, rounded).add();
    return rounded;
  }

  private static BigDecimal monthly(Trace t, BigDecimal annual, String rule, String source, String textKey) {
    BigDecimal m = annual == null ? null : Num.divideNearest(annual, Num.TWELVE);
    t.line(rule, Laws.convention("månedsbeløb = årsbeløb / 12 afrundet til nærmeste hele krone (borger.dk-eksemplerne FP-5, FP-6; Ældre Sagen)"))
        .rounding(Num.NEAREST_KRONE)
        .input("aarsbeloeb", annual, source)
        .formula("{0} / 12 ≈ {1}", annual, m)
        .amount(m, DKK_MONTH).text(textKey, annual, m).add();
    return m;
  }

  private static BigDecimal personalPercentage(Trace t, LocalDate d, BigDecimal basis, boolean couple) {
    String thresholdKey = couple ? K_PTP_FRADRAG_PAR : K_PTP_FRADRAG_ENLIG;
    String stepKey = couple ? K_PTP_TRIN_PAR : K_PTP_TRIN_ENLIG;
    Trace.LineBuilder b = t.line(L_PTP_STEPS, Laws.pension(d, "§ 31, stk. 3, § 49, stk. 1, nr. 7, og stk. 5"))
        .input("indtaegtsgrundlag", basis, "line:" + L_BASIS);
    BigDecimal points;
    if (basis == null) {
      b.add();
      points = null;
    } else if (basis.signum() <= 0) {
      points = Num.ZERO;
      b.formula("max(0; {0}) = {1}", basis, Num.ZERO).amount(Num.ZERO, "steps").text("fp.ptp.noIncome").add();
    } else {
      ParameterValue tp = t.param(thresholdKey);
      ParameterValue sp = t.param(stepKey);
      b.param(thresholdKey, tp).param(stepKey, sp);
      if (tp == null || sp == null) {
        b.add();
        points = null;
      } else {
        BigDecimal excess = Num.max0(basis.subtract(tp.value()));
        BigDecimal shown = Num.approx(excess, sp.value(), 2);
        b.formula("max(0; {0} − {1}) / {2} ≈ {3}", basis, tp.value(), sp.value(), shown)
            .amount(shown, "steps").text(couple ? "fp.ptp.steps.couple" : "fp.ptp.steps.single", tp.value(), excess, sp.value(), shown).add();
        points = Num.divideUp(excess, sp.value());
        t.line(L_PTP_STEPS_R, Laws.pension(d, "§ 31, stk. 3 (1 procentpoint for hvert beløb; borger.dk runder 26,8 op til 27)"))
            .rounding(Num.STARTED_STEPS)
            .input("trin", shown, "line:" + L_PTP_STEPS)
            .formula("⌈{0}⌉ = {1}", shown, points)
            .amount(points, "steps").text("fp.ptp.round", points).add();
      }
    }
    BigDecimal pct = points == null ? null : Num.max0(Num.HUNDRED.subtract(points));
    t.line(L_PTP, Laws.pension(d, "§ 31, stk. 3"))
        .input("trin", points, "line:" + (points != null && basis.signum() > 0 ? L_PTP_STEPS_R : L_PTP_STEPS))
        .formula("max(0; 100 − {0}) = {1}", points, pct)
        .amount(pct, PERCENT).text("fp.ptp", new Pct(pct == null ? Num.ZERO : pct)).add();
    return pct;
  }
}
