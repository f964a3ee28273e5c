package dk.workbench.rules;

import static dk.workbench.rules.Trace.DKK_MONTH;
import static dk.workbench.rules.Trace.DKK_YEAR;

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
 * Boligstøtte (lov om individuel boligstøtte): boligydelse for pensioners (§ 21) and boligsikring for everyone else
 * (§ 22), with the wealth addition (§ 8 a), child increments of the income limit, the minimum own payment, the 15 %
 * cap without children (boligsikring), the maximum (§ 23) and the yearly amount divisible by 12.
 */
final class BoligstoetteRules {
  static final String BY = "boligydelse";
  static final String BS = "boligsikring";

  /** All parameter keys these rules can read. */
  static final List<String> KEYS = List.of(
      "boligydelse.tillaegTilBoligudgift", "boligydelse.indkomstgraense", "boligydelse.indkomstgraense.barn",
      "boligydelse.egenbetaling.minimum", "boligydelse.egenbetaling.procent", "boligydelse.boligudgiftsprocent",
      "boligydelse.indkomstprocent", "boligydelse.maksimum", "boligydelse.maksimum.fireBoernForhoejelse",
      "boligydelse.maksimalBoligudgift", "boligydelse.bagatelgraense", "boligydelse.formuegraense.1",
      "boligydelse.formuegraense.2", "boligsikring.indkomstgraense", "boligsikring.indkomstgraense.barn",
      "boligsikring.egenbetaling.minimum", "boligsikring.maksimum", "boligsikring.maksimalBoligudgift",
      "boligsikring.formuegraense.1", "boligsikring.formuegraense.2", "boligsikring.boligudgiftsprocent",
      "boligsikring.indkomstprocent", "boligsikring.loftUdenBoern", "boligstoette.formuetillaeg.procent1",
      "boligstoette.formuetillaeg.procent2");

  private static final String K_WEALTH_PCT1 = "boligstoette.formuetillaeg.procent1";
  private static final String K_WEALTH_PCT2 = "boligstoette.formuetillaeg.procent2";

  private BoligstoetteRules() {}

  static Explanation explain(BoligstoetteFacts f, ParameterTable table) {
    Period period = f.period();
    LocalDate d = period.start();
    Trace t = new Trace(table, d);
    boolean by = f.pensioner();
    String s = by ? BY : BS;
    String pp = by ? "§ 21" : "§ 22";

    t.line("boligstoette.ordning", Laws.housing(d, by ? "§ 21 (boligydelse til folkepensionister)" : "§ 22 (boligsikring)"))
        .kind(Kind.CONDITION)
        .input("household.pensioner", f.pensioner(), "facts household.pensioner")
        .value(s).text(by ? "bs.scheme.by" : "bs.scheme.bs").add();

    // --- household income with the wealth addition (§ 8, § 8 a)
    BigDecimal wealth = f.netWealth();
    BigDecimal addition;
    Trace.LineBuilder wl = t.line("boligstoette.formuetillaeg", Laws.housing(d, "§ 8 a"))
        .input("household.netWealth", wealth, "facts household.netWealth");
    if (wealth.signum() <= 0) {
      addition = Num.ZERO;
      wl.formula("max(0; {0}) = {1}", wealth, addition).amount(addition, DKK_YEAR).text("bs.wealth.none").add();
    } else {
      ParameterValue l1 = t.param(s + ".formuegraense.1");
      ParameterValue l2 = t.param(s + ".formuegraense.2");
      ParameterValue p1 = t.param(K_WEALTH_PCT1);
      ParameterValue p2 = t.param(K_WEALTH_PCT2);
      wl.param(s + ".formuegraense.1", l1).param(s + ".formuegraense.2", l2).param(K_WEALTH_PCT1, p1).param(K_WEALTH_PCT2, p2);
      if (l1 == null || l2 == null || p1 == null || p2 == null) {
        addition = null;
        wl.add();
      } else {
        BigDecimal band1 = Num.max0(Num.min(wealth, l2.value()).subtract(l1.value()));
        BigDecimal band2 = Num.max0(wealth.subtract(l2.value()));
        addition = band1.multiply(p1.fraction()).add(band2.multiply(p2.fraction()));
        wl.formula("{0} × max(0; min({1}; {2}) − {3}) + {4} × max(0; {1} − {2}) = {5}",
                new Pct(p1.value()), wealth, l2.value(), l1.value(), new Pct(p2.value()), addition)
            .amount(addition, DKK_YEAR)
            .text("bs.wealth", new Pct(p1.value()), l1.value(), new Pct(p2.value()), l2.value(), addition).add();
      }
    }
    BigDecimal income = addition == null ? null : f.annualIncome().add(addition);
    t.line("boligstoette.husstandsindkomst", Laws.housing(d, "§ 8, § 8 a"))
        .input("household.annualIncome", f.annualIncome(), "facts household.annualIncome")
        .input("formuetillaeg", addition, "line:boligstoette.formuetillaeg")
        .formula("{0} + {1} = {2}", f.annualIncome(), addition, income)
        .amount(income, DKK_YEAR).text("bs.income", f.annualIncome(), addition, income).add();

    // --- income limit with child increments
    int extraChildren = Math.min(Math.max(f.children() - 1, 0), 3);
    ParameterValue gp = t.param(s + ".indkomstgraense");
    Trace.LineBuilder ll = t.line(s + ".indkomstgraense", Laws.housing(d, pp + ", stk. 1"))
        .input("household.children", f.children(), "facts household.children")
        .param(s + ".indkomstgraense", gp);
    BigDecimal limit;
    if (extraChildren > 0) {
      ParameterValue cp = t.param(s + ".indkomstgraense.barn");
      ll.param(s + ".indkomstgraense.barn", cp);
      limit = gp == null || cp == null ? null : gp.value().add(cp.value().multiply(BigDecimal.valueOf(extraChildren)));
      ll.formula("{0} + {1} × {2} = {3}", gp == null ? null : gp.value(), cp == null ? null : cp.value(), extraChildren, limit)
          .amount(limit, DKK_YEAR).text("bs.limit.children", limit, extraChildren).add();
    } else {
      limit = gp == null ? null : gp.value();
      ll.amount(limit, DKK_YEAR).text("bs.limit", limit).add();
    }

    // --- the formula
    BigDecimal rent = f.annualRent();
    ParameterValue rentPct = t.param(s + ".boligudgiftsprocent");
    BigDecimal base;
    if (by) {
      ParameterValue tp = t.param("boligydelse.tillaegTilBoligudgift");
      base = rentPct == null || tp == null ? null : rent.add(tp.value()).multiply(rentPct.fraction());
      t.line("boligydelse.boligudgiftsandel", Laws.housing(d, "§ 21, stk. 1"))
          .input("household.annualRent", rent, "facts household.annualRent")
          .param(s + ".boligudgiftsprocent", rentPct).param("boligydelse.tillaegTilBoligudgift", tp)
          .formula("{0} × ({1} + {2}) = {3}", rentPct == null ? null : new Pct(rentPct.value()), rent, tp == null ? null : tp.value(), base)
          .amount(base, DKK_YEAR).text("bs.by.base", rentPct == null ? null : new Pct(rentPct.value()), rent, tp == null ? null : tp.value(), base).add();
    } else {
      base = rentPct == null ? null : rent.multiply(rentPct.fraction());
      t.line("boligsikring.boligudgiftsandel", Laws.housing(d, "§ 22, stk. 1"))
          .input("household.annualRent", rent, "facts household.annualRent")
          .param(s + ".boligudgiftsprocent", rentPct)
          .formula("{0} × {1} = {2}", rentPct == null ? null : new Pct(rentPct.value()), rent, base)
          .amount(base, DKK_YEAR).text("bs.bs.base", rentPct == null ? null : new Pct(rentPct.value()), rent, base).add();
    }
    ParameterValue incPct = t.param(s + ".indkomstprocent");
    BigDecimal deduction = income == null || limit == null || incPct == null ? null
        : Num.max0(income.subtract(limit)).multiply(incPct.fraction());
    t.line(s + ".indkomstfradrag", Laws.housing(d, pp + ", stk. 1"))
        .input("husstandsindkomst", income, "line:boligstoette.husstandsindkomst")
        .input("indkomstgraense", limit, "line:" + s + ".indkomstgraense")
        .param(s + ".indkomstprocent", incPct)
        .formula("{0} × max(0; {1} − {2}) = {3}", incPct == null ? null : new Pct(incPct.value()), income, limit, deduction)
        .amount(deduction, DKK_YEAR).text("bs.deduction", incPct == null ? null : new Pct(incPct.value()), limit, deduction).add();
    BigDecimal computed = base == null || deduction == null ? null : Num.max0(base.subtract(deduction));
    t.line(s + ".beregnet", Laws.housing(d, pp + ", stk. 1"))
        .input("andel", base, "line:" + s + ".boligudgiftsandel")
        .input("fradrag", deduction, "line:" + s + ".indkomstfradrag")
        .formula("max(0; {0} − {1}) = {2}", base, deduction, computed)
        .amount(computed, DKK_YEAR).text("bs.computed", computed).add();

    // --- minimum own payment (§ 21 stk. 2 / § 22 stk. 2)
    ParameterValue minP = t.param(s + ".egenbetaling.minimum");
    BigDecimal own;
    Trace.LineBuilder ol = t.line(s + ".egenbetaling", Laws.housing(d, pp + ", stk. 2"))
        .input("household.annualRent", rent, "facts household.annualRent")
        .input("beregnet", computed, "line:" + s + ".beregnet")
        .param(s + ".egenbetaling.minimum", minP);
    ParameterValue pctP = by ? t.param("boligydelse.egenbetaling.procent") : null;
    if (by) {
      ol.input("husstandsindkomst", income, "line:boligstoette.husstandsindkomst").param("boligydelse.egenbetaling.procent", pctP);
      own = minP == null || pctP == null || income == null ? null : Num.max(income.multiply(pctP.fraction()), minP.value());
    } else {
      own = minP == null ? null : minP.value();
    }
    BigDecimal afterOwn = computed == null || own == null ? null : Num.min(computed, Num.max0(rent.subtract(own)));
    if (by) {
      ol.formula("min({0}; max(0; {1} − max({2} × {3}; {4}))) = {5}", computed, rent,
          pctP == null ? null : new Pct(pctP.value()), income, minP == null ? null : minP.value(), afterOwn);
    } else {
      ol.formula("min({0}; max(0; {1} − {2})) = {3}", computed, rent, own, afterOwn);
    }
    ol.amount(afterOwn, DKK_YEAR).text(by ? "bs.own.by" : "bs.own.bs", own, afterOwn).add();

    // --- 15 % cap without children (boligsikring, § 22 stk. 3)
    BigDecimal capped = afterOwn;
    if (!by && f.children() == 0) {
      ParameterValue capP = t.param("boligsikring.loftUdenBoern");
      BigDecimal cap = capP == null ? null : rent.multiply(capP.fraction());
      capped = afterOwn == null || cap == null ? null : Num.min(afterOwn, cap);
      t.line("boligsikring.loft_uden_boern", Laws.housing(d, "§ 22, stk. 3"))
          .input("household.children", f.children(), "facts household.children")
          .input("beloeb", afterOwn, "line:boligsikring.egenbetaling")
          .param("boligsikring.loftUdenBoern", capP)
          .formula("min({0}; {1} × {2}) = {3}", afterOwn, capP == null ? null : new Pct(capP.value()), rent, capped)
          .amount(capped, DKK_YEAR).text("bs.cap15", capP == null ? null : new Pct(capP.value()), cap, capped).add();
    }

    // --- maximum (§ 23 stk. 1)
    ParameterValue maxP = t.param(s + ".maksimum");
    Trace.LineBuilder ml = t.line(s + ".maksimum", Laws.housing(d, "§ 23, stk. 1"))
        .input("beloeb", capped, "line:" + (!by && f.children() == 0 ? "boligsikring.loft_uden_boern" : s + ".egenbetaling"))
        .param(s + ".maksimum", maxP);
    BigDecimal max = maxP == null ? null : maxP.value();
    if (by && f.children() >= 4) {
      ParameterValue incP = t.param("boligydelse.maksimum.fireBoernForhoejelse");
      ml.input("household.children", f.children(), "facts household.children").param("boligydelse.maksimum.fireBoernForhoejelse", incP);
      max = max == null || incP == null ? null : max.add(max.multiply(incP.fraction()));
    }
    BigDecimal limited = capped == null || max == null ? null : Num.min(capped, max);
    ml.formula("min({0}; {1}) = {2}", capped, max, limited).amount(limited, DKK_YEAR).text("bs.max", max, limited).add();

    // --- yearly amount divisible by 12 (rounded down; direction not confirmed in RULES.md)
    BigDecimal annual = limited == null ? null : Num.downToMultipleOf12(limited);
    t.line(s + ".afrunding12", Laws.housing(d, (by ? "§ 21" : "§ 22") + " (årligt kronebeløb, der er deleligt med 12; afrundingsretning ikke bekræftet – nedad valgt)"))
        .rounding(Num.DOWN_TO_12)
        .input("beloeb", limited, "line:" + s + ".maksimum")
        .formula("⌊{0} / 12⌋ × 12 = {1}", limited, annual)
        .amount(annual, DKK_YEAR).text("bs.round12", limited, annual).add();
    BigDecimal monthly = annual == null ? null : annual.divide(Num.TWELVE);
    t.line(s + ".maaned", Laws.housing(d, pp))
        .input("aarsbeloeb", annual, "line:" + s + ".afrunding12")
        .formula("{0} / 12 = {1}", annual, monthly)
        .amount(monthly, DKK_MONTH).text("bs.month", monthly, annual).add();

    // --- information: limits the engine does not apply
    ParameterValue rentMax = t.param(s + ".maksimalBoligudgift");
    Trace.LineBuilder rl = t.line("boligstoette.maksimal_boligudgift", Laws.housing(d, "§ 14, stk. 1-5")).kind(Kind.INFORMATION)
        .input("household.annualRent", rent, "facts household.annualRent");
    if (rentMax != null) {
      rl.param(s + ".maksimalBoligudgift", rentMax).value(rent.compareTo(rentMax.value()) > 0 ? "above" : "within")
          .text(rent.compareTo(rentMax.value()) > 0 ? "bs.rentmax.above" : "bs.rentmax.within", rentMax.value()).add();
    } else {
      rl.value("unknown").text("bs.rentmax.unknown", String.valueOf(d.getYear())).add();
    }
    if (by && monthly != null && monthly.signum() > 0) {
      ParameterValue bag = t.param("boligydelse.bagatelgraense");
      if (bag != null && monthly.compareTo(bag.value()) < 0) {
        t.line("boligydelse.bagatelgraense", Laws.housing(d, "bagatelgrænse")).kind(Kind.INFORMATION)
            .input("maanedsbeloeb", monthly, "line:boligydelse.maaned")
            .param("boligydelse.bagatelgraense", bag).value("below").text("bs.bagatel", bag.value()).add();
      }
    }

    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    Map<String, BigDecimal> comp = new LinkedHashMap<>();
    if (annual != null) {
      totals.put("annual", annual);
      comp.put("annual", annual);
    }
    if (monthly != null) {
      totals.put("monthly", monthly);
      comp.put("monthly", monthly);
    }
    Map<String, Map<String, BigDecimal>> components = new LinkedHashMap<>();
    components.put(s, comp);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("scheme", s);
    if (income != null) {
      details.put("householdIncome", income);
    }
    return new Explanation(Explanation.SCHEMA_VERSION, Benefit.BOLIGSTOETTE, period,
        new Result(totals, components, details, t.unconfirmed(), t.missing()), t.lines());
  }
}
