package dk.workbench.rules;

import static dk.workbench.rules.Trace.DKK_QUARTER;
import static dk.workbench.rules.Trace.DKK_YEAR;
import static dk.workbench.rules.Trace.YEARS;

import dk.workbench.rules.BoerneUngeydelseFacts.Child;
import dk.workbench.rules.BoerneUngeydelseFacts.Custody;
import dk.workbench.rules.Line.Kind;
import dk.workbench.rules.Message.Pct;
import dk.workbench.rules.parameters.ParameterTable;
import dk.workbench.rules.parameters.ParameterValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Børne- og ungeydelse for one recipient and one quarter: per child by age band at the quarter's start, the quarter
 * of the 15th birthday and the month of the 18th birthday pro rata, ligedeling (half, rounded up) from 2022, the
 * 2023 Q1 supplement, and the reduction of 2 % of own income above the threshold, per quarter, capped at the ydelse.
 */
final class BoerneUngeydelseRules {
  static final String K_0_2 = "boerne_ungeydelse.boerneydelse.0_2";
  static final String K_3_6 = "boerne_ungeydelse.boerneydelse.3_6";
  static final String K_7_14 = "boerne_ungeydelse.boerneydelse.7_14";
  static final String K_15_17 = "boerne_ungeydelse.ungeydelse.15_17";
  static final String K_TILLAEG = "boerne_ungeydelse.tillaeg2023K1";
  static final String K_PCT = "boerne_ungeydelse.aftrapning.procent";
  static final String K_THRESHOLD = "boerne_ungeydelse.aftrapning.bundfradrag";

  /** All parameter keys these rules can read. */
  static final List<String> KEYS = List.of(K_0_2, K_3_6, K_7_14, K_15_17, K_TILLAEG, K_PCT, K_THRESHOLD);

  private static final String L_CHILD_AGE = "boerne_ungeydelse.barn.alder";
  private static final String L_CHILD_BY = "boerne_ungeydelse.barn.boerneydelse";
  private static final String L_CHILD_BY_R = "boerne_ungeydelse.barn.boerneydelse.afrunding";
  private static final String L_CHILD_UY = "boerne_ungeydelse.barn.ungeydelse";
  private static final String L_CHILD_UY_R = "boerne_ungeydelse.barn.ungeydelse.afrunding";
  private static final String L_CHILD_HALF = "boerne_ungeydelse.barn.ligedeling";
  private static final String L_CHILD_SUPP = "boerne_ungeydelse.barn.tillaeg2023";
  private static final String L_CHILD_GROSS = "boerne_ungeydelse.barn.i_alt";
  private static final String L_CHILD_NET = "boerne_ungeydelse.barn.efter_nedsaettelse";
  private static final String L_GROSS = "boerne_ungeydelse.ydelse_i_alt";
  private static final String L_BASIS = "boerne_ungeydelse.aftrapning.grundlag";
  private static final String L_EXCESS = "boerne_ungeydelse.aftrapning.overskydende";
  private static final String L_ANNUAL = "boerne_ungeydelse.aftrapning.aarlig";
  private static final String L_QUARTER = "boerne_ungeydelse.aftrapning.kvartal";
  private static final String L_CAP = "boerne_ungeydelse.aftrapning.loft";
  private static final String L_TOTAL = "boerne_ungeydelse.i_alt";

  private static final BigDecimal TILLAEG_MONTHS = Num.THREE;

  private BoerneUngeydelseRules() {}

  static Explanation explain(BoerneUngeydelseFacts f, ParameterTable table) {
    Period period = f.period();
    LocalDate qs = period.start();
    LocalDate qe = period.endExclusive();
    Trace t = new Trace(table, qs);
    RuleVersion cv = RuleVersions.child(qs);
    boolean shared = f.custody() == Custody.SHARED && cv == RuleVersions.CHILD_FROM_2022;
    t.line("boerne_ungeydelse.ligedeling", Laws.child(qs, "§ 4, stk. 1"))
        .kind(Kind.CONDITION).version(cv)
        .input("period", period, "facts period")
        .input("recipient.custody", f.custody().wireName(), "facts recipient.custody")
        .value(shared ? "half" : "whole")
        .text(shared ? "bu.custody.shared" : f.custody() == Custody.SHARED ? "bu.custody.sharedBefore2022" : "bu.custody.sole")
        .add();
    boolean supplementQuarter = RuleVersions.CHILD_SUPPLEMENT_2023Q1.appliesOn(qs);

    List<BigDecimal> gross = new ArrayList<>();
    BigDecimal totalGross = Num.ZERO;
    for (int i = 0; i < f.children().size(); i++) {
      BigDecimal g = child(t, f.children().get(i), "child" + (i + 1), qs, qe, shared, supplementQuarter);
      gross.add(g);
      totalGross = totalGross == null || g == null ? null : totalGross.add(g);
    }
    Trace.LineBuilder gl = t.line(L_GROSS, Laws.child(qs, "§ 1"));
    for (int i = 0; i < gross.size(); i++) {
      gl.input("child" + (i + 1), gross.get(i), "line:" + L_CHILD_GROSS + "[child" + (i + 1) + "]");
    }
    gl.amount(totalGross, DKK_QUARTER).text("bu.gross", totalGross).add();

    // --- reduction (§ 1 a)
    RuleVersion bv = RuleVersions.childBasis(qs);
    boolean withSpouse = cv == RuleVersions.CHILD_BEFORE_2022 && f.spouseIncomeBasis() != null;
    Trace.LineBuilder basisLine = t.line(L_BASIS, Laws.child(qs, "§ 1 a, stk. 1")).kind(Kind.CONDITION).version(bv)
        .input("recipient.incomeBasis", f.incomeBasis(), "facts recipient.incomeBasis");
    if (withSpouse) {
      basisLine.input("recipient.spouseIncomeBasis", f.spouseIncomeBasis(), "facts recipient.spouseIncomeBasis");
    }
    basisLine.value(bv == RuleVersions.CHILD_BASIS_TOPSKAT ? "topskattegrundlag" : "mellemskattegrundlag")
        .text(bv == RuleVersions.CHILD_BASIS_TOPSKAT
            ? (cv == RuleVersions.CHILD_BEFORE_2022 ? "bu.basis.topskat.before2022" : "bu.basis.topskat")
            : "bu.basis.mellemskat", f.incomeBasis()).add();

    BigDecimal own = f.incomeBasis();
    BigDecimal spouse = withSpouse ? f.spouseIncomeBasis() : Num.ZERO;
    Trace.LineBuilder el = t.line(L_EXCESS, Laws.child(qs, "§ 1 a, stk. 1")).version(cv)
        .input("recipient.incomeBasis", own, "facts recipient.incomeBasis");
    BigDecimal excess;
    if (withSpouse) {
      el.input("recipient.spouseIncomeBasis", spouse, "facts recipient.spouseIncomeBasis");
    }
    if (own.signum() <= 0 && spouse.signum() <= 0) {
      excess = Num.ZERO;
      el.formula("max(0; {0}) = {1}", own, excess).amount(excess, DKK_YEAR).text("bu.excess.none").add();
    } else {
      ParameterValue tp = t.param(K_THRESHOLD);
      el.param(K_THRESHOLD, tp);
      BigDecimal th = tp == null ? null : tp.value();
      if (th == null) {
        excess = null;
        el.add();
      } else if (withSpouse) {
        excess = Num.max0(own.subtract(th)).add(Num.max0(spouse.subtract(th)));
        el.formula("max(0; {0} − {2}) + max(0; {1} − {2}) = {3}", own, spouse, th, excess)
            .amount(excess, DKK_YEAR).text("bu.excess.spouse", th, excess).add();
      } else {
        excess = Num.max0(own.subtract(th));
        el.formula("max(0; {0} − {1}) = {2}", own, th, excess).amount(excess, DKK_YEAR).text("bu.excess", th, excess).add();
      }
    }
    ParameterValue pp = t.param(K_PCT);
    BigDecimal annualReduction = excess == null || pp == null ? null : excess.multiply(pp.fraction());
    Pct pct = pp == null ? null : new Pct(pp.value());
    t.line(L_ANNUAL, Laws.child(qs, "§ 1 a, stk. 1"))
        .input("overskydende", excess, "line:" + L_EXCESS)
        .param(K_PCT, pp)
        .formula("{0} × {1} = {2}", excess, pct, annualReduction)
        .amount(annualReduction, DKK_YEAR).text("bu.reduction.annual", pct, excess, annualReduction).add();
    BigDecimal quarterReduction = annualReduction == null ? null : Num.nearestOere(annualReduction.divide(Num.FOUR));
    t.line(L_QUARTER, Laws.convention("nedsættelsen beregnes pr. kvartal (borger.dk) = årlig / 4, afrundet til hele øre"))
        .rounding(Num.NEAREST_OERE)
        .input("aarligNedsaettelse", annualReduction, "line:" + L_ANNUAL)
        .formula("{0} / 4 ≈ {1}", annualReduction, quarterReduction)
        .amount(quarterReduction, DKK_QUARTER).text("bu.reduction.quarter", annualReduction, quarterReduction).add();
    BigDecimal applied;
    if (quarterReduction != null && quarterReduction.signum() == 0) {
      applied = Num.ZERO;
    } else {
      applied = quarterReduction == null || totalGross == null ? null : Num.min(quarterReduction, totalGross);
    }
    t.line(L_CAP, Laws.child(qs, "§ 1 a (nedsættelsen kan højst udgøre ydelsen)"))
        .input("kvartalsNedsaettelse", quarterReduction, "line:" + L_QUARTER)
        .input("ydelse", totalGross, "line:" + L_GROSS)
        .formula("min({0}; {1}) = {2}", quarterReduction, totalGross, applied)
        .amount(applied, DKK_QUARTER).text("bu.reduction.cap", applied).add();

    // --- allocate the reduction to the children in order (workbench convention; the law reduces the total)
    Map<String, Map<String, BigDecimal>> components = new LinkedHashMap<>();
    BigDecimal remaining = applied;
    BigDecimal total = Num.ZERO;
    for (int i = 0; i < gross.size(); i++) {
      String subject = "child" + (i + 1);
      BigDecimal g = gross.get(i);
      BigDecimal net;
      BigDecimal taken;
      if (remaining != null && remaining.signum() == 0) {
        taken = Num.ZERO;
        net = g;
      } else if (g == null || remaining == null) {
        taken = null;
        net = null;
        remaining = null;
      } else {
        taken = Num.min(g, remaining);
        net = g.subtract(taken);
        remaining = remaining.subtract(taken);
      }
      t.line(L_CHILD_NET, Laws.convention("nedsættelsen trækkes fra børnenes beløb i rækkefølge (barn 1 først); loven nedsætter den samlede ydelse"))
          .subject(subject)
          .input("ydelse", g, "line:" + L_CHILD_GROSS + "[" + subject + "]")
          .input("nedsaettelse", taken, "line:" + L_CAP)
          .formula("{0} − {1} = {2}", g, taken, net)
          .amount(net, DKK_QUARTER).text("bu.child.net", i + 1, net).add();
      Map<String, BigDecimal> c = new LinkedHashMap<>(4);
      if (net != null) {
        c.put("quarterly", net);
      }
      if (g != null) {
        c.put("beforeReduction", g);
      }
      components.put(subject, c);
      total = total == null || net == null ? null : total.add(net);
    }
    t.line(L_TOTAL, Laws.child(qs, "§ 1, § 1 a, § 5"))
        .input("ydelse", totalGross, "line:" + L_GROSS)
        .input("nedsaettelse", applied, "line:" + L_CAP)
        .formula("{0} − {1} = {2}", totalGross, applied, total)
        .amount(total, DKK_QUARTER).text("bu.total", period, total).add();

    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    if (total != null) {
      totals.put("quarterly", total);
    }
    if (totalGross != null) {
      totals.put("quarterlyBeforeReduction", totalGross);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (annualReduction != null) {
      details.put("annualReduction", annualReduction);
    }
    if (applied != null) {
      details.put("quarterlyReduction", applied);
    }
    details.put("sharedCustodyHalving", shared);
    return new Explanation(Explanation.SCHEMA_VERSION, Benefit.BOERNE_UNGEYDELSE, period,
        new Result(totals, components, details, t.unconfirmed(), t.missing()), t.lines());
  }

  /** One child's ydelse for the quarter, after ligedeling and the 2023 Q1 supplement, before the reduction. */
  private static BigDecimal child(Trace t, Child c, String subject, LocalDate qs, LocalDate qe, boolean shared,
      boolean supplementQuarter) {
    LocalDate birth = c.birthDate();
    long age = birth.isBefore(qs) ? ChronoUnit.YEARS.between(birth, qs) : 0;
    LocalDate fifteen = birth.plusYears(15);
    LocalDate eighteen = birth.plusYears(18);
    String band;
    if (!birth.isBefore(qs)) {
      band = "notYet";
    } else if (!eighteen.isAfter(qs)) {
      band = "over18";
    } else if (fifteen.isBefore(qs)) {
      band = "15_17";
    } else if (fifteen.isBefore(qe)) {
      band = "turns15";
    } else {
      band = age < 3 ? "0_2" : age < 7 ? "3_6" : "7_14";
    }
    String src = "facts " + subject + ".birthDate";
    t.line(L_CHILD_AGE, Laws.child(qs, band.equals("notYet") ? "§ 5, stk. 3" : "§ 1, stk. 1-2")).subject(subject).kind(Kind.CONDITION)
        .input("birthDate", birth, src)
        .amount(BigDecimal.valueOf(age), YEARS).value(band)
        .text("bu.child.age." + band, subject.substring(5), birth, age).add();
    if (band.equals("notYet") || band.equals("over18")) {
      t.line(L_CHILD_GROSS, Laws.child(qs, "§ 1")).subject(subject)
          .amount(Num.ZERO, DKK_QUARTER).text("bu.child.none", subject.substring(5)).add();
      return Num.ZERO;
    }

    // børneydelse part (quarterly) -----------------------------------------------------------
    BigDecimal boerne = Num.ZERO;
    int boerneMonths = 0;
    if (!band.equals("15_17")) {
      String key = band.equals("0_2") ? K_0_2 : band.equals("3_6") ? K_3_6 : K_7_14;
      ParameterValue rp = t.param(key);
      BigDecimal rate = rp == null ? null : rp.value();
      boerneMonths = band.equals("turns15") ? (fifteen.getMonthValue() - qs.getMonthValue() + 1) : 3;
      if (boerneMonths == 3) {
        boerne = rate;
        t.line(L_CHILD_BY, Laws.child(qs, "§ 1, stk. 1, § 5, stk. 3")).subject(subject)
            .param(key, rp).amount(boerne, DKK_QUARTER).text("bu.child.by", rate).add();
      } else {
        BigDecimal months = BigDecimal.valueOf(boerneMonths);
        BigDecimal exact = rate == null ? null : Num.approx(rate.multiply(months), Num.THREE, 4);
        t.line(L_CHILD_BY, Laws.child(qs, "§ 5, stk. 3")).subject(subject)
            .param(key, rp)
            .input("fyld15", fifteen, "line:" + L_CHILD_AGE + "[" + subject + "]")
            .formula("{0} × {1} / 3 ≈ {2}", rate, months, exact)
            .amount(exact, DKK_QUARTER).text("bu.child.by.turns15", rate, boerneMonths, fifteen).add();
        boerne = exact == null ? null : Num.divideNearest(rate.multiply(months), Num.THREE);
        t.line(L_CHILD_BY_R, Laws.child(qs, "§ 5, stk. 3 (afrundes til hele kroner)")).subject(subject)
            .rounding(Num.NEAREST_KRONE)
            .input("forholdsmaessig", exact, "line:" + L_CHILD_BY + "[" + subject + "]")
            .formula("{0} ≈ {1}", exact, boerne)
            .amount(boerne, DKK_QUARTER).text("bu.round.krone", exact, boerne).add();
      }
    }

    // ungeydelse part (monthly) ----------------------------------------------------------------
    BigDecimal unge = Num.ZERO;
    BigDecimal ungeHalf = Num.ZERO;
    int fullMonths = 0;
    BigDecimal proRata = null;
    int ungeMonthsPaid = 0;
    BigDecimal ungeRate = null;
    if (band.equals("15_17") || boerneMonths < 3) {
      ParameterValue up = t.param(K_15_17);
      BigDecimal rate = up == null ? null : up.value();
      ungeRate = rate;
      int firstMonth = band.equals("turns15") ? boerneMonths : 0;
      LocalDate proRataMonth = null;
      for (int m = firstMonth; m < 3; m++) {
        LocalDate ms = qs.plusMonths(m);
        LocalDate next = ms.plusMonths(1);
        if (!eighteen.isAfter(ms)) {
          break;
        } else if (eighteen.isBefore(next)) {
          proRataMonth = eighteen;
        } else {
          fullMonths++;
        }
      }
      ungeMonthsPaid = fullMonths + (proRataMonth == null ? 0 : 1);
      BigDecimal full = rate == null ? null : rate.multiply(BigDecimal.valueOf(fullMonths));
      t.line(L_CHILD_UY, Laws.child(qs, "§ 1, stk. 2, § 5, stk. 4")).subject(subject)
          .param(K_15_17, up)
          .formula("{0} × {1} = {2}", rate, fullMonths, full)
          .amount(full, DKK_QUARTER).text("bu.child.uy", rate, fullMonths, full).add();
      if (proRataMonth != null) {
        BigDecimal days = BigDecimal.valueOf(proRataMonth.getDayOfMonth());
        BigDecimal len = BigDecimal.valueOf(proRataMonth.lengthOfMonth());
        BigDecimal exact = rate == null ? null : Num.approx(rate.multiply(days), len, 4);
        proRata = rate == null ? null : Num.divideNearest(rate.multiply(days), len);
        t.line(L_CHILD_UY_R, Laws.child(qs, "§ 5, stk. 4 (måneden for 18-årsdagen forholdsmæssigt efter dage, afrundet til hele kroner)"))
            .subject(subject).rounding(Num.NEAREST_KRONE)
            .input("fyld18", eighteen, "line:" + L_CHILD_AGE + "[" + subject + "]")
            .formula("{0} × {1} / {2} ≈ {3}", rate, days, len, proRata)
            .amount(proRata, DKK_QUARTER).text("bu.child.uy.turns18", eighteen, exact, proRata).add();
      }
      unge = full == null || (proRataMonth != null && proRata == null) ? null : full.add(proRata == null ? Num.ZERO : proRata);
      if (shared && unge != null) {
        ungeHalf = Num.upToKrone(rate.divide(Num.TWO)).multiply(BigDecimal.valueOf(fullMonths))
            .add(proRata == null ? Num.ZERO : Num.upToKrone(proRata.divide(Num.TWO)));
      }
    }

    // ligedeling ---------------------------------------------------------------------------------
    BigDecimal amount = boerne == null || unge == null ? null : boerne.add(unge);
    if (shared) {
      BigDecimal halfBoerne = boerne == null ? null : Num.upToKrone(boerne.divide(Num.TWO));
      BigDecimal half = halfBoerne == null || unge == null ? null : halfBoerne.add(ungeHalf);
      boolean hasBoerne = !band.equals("15_17");
      boolean hasUnge = band.equals("15_17") || boerneMonths < 3;
      Trace.LineBuilder hl = t.line(L_CHILD_HALF, Laws.child(qs, "§ 4, stk. 1 (halvdelen rundes op til nærmeste hele krone)"))
          .subject(subject).rounding(Num.UP_TO_KRONE);
      if (hasBoerne) {
        hl.input("boerneydelse", boerne, "line:" + (boerneMonths < 3 ? L_CHILD_BY_R : L_CHILD_BY) + "[" + subject + "]");
      }
      if (hasUnge) {
        hl.input("ungeydelse", unge, "line:" + L_CHILD_UY + "[" + subject + "]");
      }
      if (hasBoerne && hasUnge) {
        hl.formula("⌈{0} / 2⌉ + ⌈{1} / 2⌉ = {2}", boerne, unge, half);
      } else if (hasBoerne) {
        hl.formula("⌈{0} / 2⌉ = {1}", boerne, half);
      } else {
        hl.formula("{0} × ⌈{1} / 2⌉ + ⌈{2} / 2⌉ = {3}", fullMonths, ungeRate, proRata == null ? Num.ZERO : proRata, half);
      }
      hl.amount(half, DKK_QUARTER).text("bu.child.half", amount, half).add();
      amount = half;
    }

    // 2023 Q1 supplement -------------------------------------------------------------------------
    if (supplementQuarter) {
      ParameterValue sp = t.param(K_TILLAEG);
      BigDecimal supp;
      String textKey;
      if (sp == null) {
        supp = null;
        textKey = "bu.child.supplement";
      } else if (!band.equals("15_17")) {
        supp = shared ? sp.value().divide(Num.TWO) : sp.value();
        textKey = "bu.child.supplement";
      } else {
        BigDecimal perMonth = sp.value().divide(TILLAEG_MONTHS);
        supp = (shared ? perMonth.divide(Num.TWO) : perMonth).multiply(BigDecimal.valueOf(ungeMonthsPaid));
        textKey = "bu.child.supplement.monthly";
      }
      t.line(L_CHILD_SUPP, Laws.child(qs, "engangsforhøjelse i januar-kvartalet 2023")).subject(subject)
          .version(RuleVersions.CHILD_SUPPLEMENT_2023Q1)
          .param(K_TILLAEG, sp)
          .amount(supp, DKK_QUARTER).text(textKey, supp, ungeMonthsPaid).add();
      amount = amount == null || supp == null ? null : amount.add(supp);
    }
    t.line(L_CHILD_GROSS, Laws.child(qs, "§ 1")).subject(subject)
        .amount(amount, DKK_QUARTER).text("bu.child.gross", subject.substring(5), amount).add();
    return amount;
  }
}
