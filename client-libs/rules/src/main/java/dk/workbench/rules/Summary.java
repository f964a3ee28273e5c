package dk.workbench.rules;

import dk.workbench.rules.parameters.ParameterValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The 5-10 sentence plain-language citizen summary, rendered from the trace and result of an explanation. */
final class Summary {
  private Summary() {}

  static List<String> of(Explanation e, Language lang) {
    List<Message> m = switch (e.benefit()) {
      case FOLKEPENSION -> folkepension(e);
      case BOERNE_UNGEYDELSE -> child(e);
      case BOLIGSTOETTE -> housing(e);
    };
    List<String> out = new ArrayList<>(m.size());
    for (Message x : m) {
      out.add(Formats.message(x, lang));
    }
    return out;
  }

  private static BigDecimal amount(Explanation e, String rule) {
    return e.line(rule).map(Line::amount).orElse(null);
  }

  private static String year(Explanation e) {
    return String.valueOf(e.period().year());
  }

  private static void tail(Explanation e, List<Message> s) {
    if (!e.result().unconfirmedParameters().isEmpty()) {
      s.add(Message.of("sum.unconfirmed", String.join(", ", e.result().unconfirmedParameters())));
    }
    if (!e.result().missingParameters().isEmpty()) {
      s.add(Message.of("sum.missing", String.join(", ", e.result().missingParameters())));
    }
  }

  private static List<Message> folkepension(Explanation e) {
    List<Message> s = new ArrayList<>(10);
    Result r = e.result();
    Map<String, Object> d = r.details();
    Line age = e.line("folkepension.pensionsalder").orElseThrow();
    Object birth = age.inputs().get(0).value();
    if (!Boolean.TRUE.equals(d.get("entitled"))) {
      s.add(Message.of("sum.fp.notYet", birth, age.amount(), d.get("pensionAgeDate"), d.get("pensionStartDate"), e.period()));
      s.add(Message.of("sum.fp.period", e.period(), year(e)));
      s.add(Message.of("sum.fp.notYet.apply"));
      s.add(Message.of("sum.fp.notYet.law"));
      s.add(Message.of("sum.fp.notYet.contact"));
      return s;
    }
    s.add(Message.of("sum.fp.age", birth, age.amount(), d.get("pensionAgeDate"), d.get("pensionStartDate")));
    s.add(Message.of("sum.fp.period", e.period(), year(e)));
    BigDecimal gb = r.component("grundbeloeb", "annual").orElse(null);
    boolean noTest = e.line("folkepension.grundbeloeb.indtaegtsprove").isPresent();
    if (gb == null) {
      s.add(Message.of("sum.fp.gb.missing", year(e)));
    } else {
      s.add(Message.of(noTest ? "sum.fp.gb.noTest" : "sum.fp.gb.test", gb));
    }
    BigDecimal basis = amount(e, "folkepension.indtaegtsgrundlag");
    if (basis != null) {
      s.add(Message.of(noTest ? "sum.fp.income" : "sum.fp.income.old", basis));
    }
    BigDecimal ptAfter = amount(e, "folkepension.pensionstillaeg.efter_indtaegt");
    if (ptAfter == null) {
      List<String> keys = new ArrayList<>();
      for (String k : r.missingParameters()) {
        if (k.startsWith("folkepension.pensionstillaeg") || k.startsWith("folkepension.indtaegt")) {
          keys.add(k);
        }
      }
      s.add(Message.of("sum.fp.pt.missing", year(e), String.join(", ", keys)));
    } else {
      Line red = e.line("folkepension.pensionstillaeg.nedsaettelse").orElseThrow();
      Object rate = null;
      for (ParameterValue p : red.parameters()) {
        rate = new Message.Pct(p.value());
      }
      s.add(Message.of("sum.fp.pt", amount(e, "folkepension.pensionstillaeg"), rate, ptAfter));
    }
    BigDecimal fraction = (BigDecimal) d.get("residenceFraction");
    if (fraction.signum() == 0) {
      s.add(Message.of("sum.fp.residence.none"));
    } else if (fraction.compareTo(BigDecimal.ONE) >= 0) {
      s.add(Message.of("sum.fp.residence.full"));
    } else {
      Object years = e.line("folkepension.bopael.broek").orElseThrow().inputs().get(0).value();
      s.add(Message.of("sum.fp.residence.partial", years, new Message.Pct(fraction.movePointRight(2))));
    }
    if (r.monthly().isPresent() && r.annual().isPresent()) {
      s.add(Message.of("sum.fp.total", r.monthly().get(), r.annual().get()));
    } else {
      s.add(Message.of("sum.fp.total.missing"));
    }
    Object ptp = d.get("personligTillaegsprocent");
    s.add(ptp == null ? Message.of("sum.fp.ptp.missing", year(e)) : Message.of("sum.fp.ptp", new Message.Pct((BigDecimal) ptp)));
    tail(e, s);
    if (s.size() < 10) {
      s.add(Message.of("sum.fp.paid"));
    }
    return s;
  }

  private static List<Message> child(Explanation e) {
    List<Message> s = new ArrayList<>(10);
    Result r = e.result();
    s.add(Message.of("sum.bu.period", e.period(), year(e)));
    List<Message> parts = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, Map<String, BigDecimal>> c : r.components().entrySet()) {
      n++;
      BigDecimal g = c.getValue().get("beforeReduction");
      String no = c.getKey().substring(5);
      parts.add(g == null ? Message.of("sum.bu.childPart.missing", no) : Message.of("sum.bu.childPart", no, g));
    }
    s.add(Message.of("sum.bu.children", String.valueOf(n), parts));
    s.add(Message.of(Boolean.TRUE.equals(r.details().get("sharedCustodyHalving")) ? "sum.bu.custody.shared" : "sum.bu.custody.sole"));
    if (RuleVersions.CHILD_SUPPLEMENT_2023Q1.appliesOn(e.period().start())) {
      s.add(Message.of("sum.bu.supplement"));
    }
    Object annual = r.details().get("annualReduction");
    if (annual == null) {
      s.add(Message.of("sum.bu.reduction.missing", year(e), r.totals().get("quarterlyBeforeReduction")));
    } else if (((BigDecimal) annual).signum() == 0) {
      s.add(Message.of("sum.bu.reduction.none"));
    } else {
      s.add(Message.of("sum.bu.reduction", annual, r.details().get("quarterlyReduction")));
    }
    s.add(r.quarterly().isPresent() ? Message.of("sum.bu.total", r.quarterly().get()) : Message.of("sum.bu.total.missing"));
    tail(e, s);
    s.add(Message.of("sum.bu.paid"));
    if (s.size() < 10) {
      s.add(Message.of("sum.bu.law"));
    }
    return s;
  }

  private static List<Message> housing(Explanation e) {
    List<Message> s = new ArrayList<>(10);
    Result r = e.result();
    boolean by = "boligydelse".equals(r.details().get("scheme"));
    s.add(Message.of("sum.bs.period", e.period(), year(e)));
    s.add(Message.of(by ? "sum.bs.scheme.by" : "sum.bs.scheme.bs"));
    Line rent = e.line("boligstoette.maksimal_boligudgift").orElseThrow();
    s.add(Message.of("sum.bs.income", amount(e, "boligstoette.husstandsindkomst"), rent.inputs().get(0).value()));
    s.add(Message.of(by ? "sum.bs.formula.by" : "sum.bs.formula.bs"));
    if (r.monthly().isPresent()) {
      s.add(Message.of("sum.bs.total", r.monthly().get(), r.annual().orElse(null)));
    } else {
      s.add(Message.of("sum.bs.total.missing", year(e)));
    }
    s.add(Message.of("sum.bs.rentmax"));
    tail(e, s);
    return s;
  }

}
