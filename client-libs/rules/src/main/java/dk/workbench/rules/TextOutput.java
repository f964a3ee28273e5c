package dk.workbench.rules;

import dk.workbench.rules.parameters.ParameterValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The readable text format of explanations and comparisons. */
final class TextOutput {
  private TextOutput() {}

  private static String t(String key, Language lang, Object... args) {
    return Formats.message(Message.of(key, args), lang);
  }

  static String explanation(Explanation e, Language lang) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append(t("txt.title", lang, new Message.Term("benefit." + e.benefit().wireName()), e.period(), e.schemaVersion())).append('\n');
    sb.append('\n').append(t("txt.result", lang)).append('\n');
    result(sb, e.result(), lang, "  ");
    sb.append('\n').append(t("txt.lines", lang)).append('\n');
    int step = 1;
    for (Line l : e.lines()) {
      line(sb, l, step++, lang);
    }
    sb.append('\n').append(t("txt.summary", lang)).append('\n');
    for (String s : Summary.of(e, lang)) {
      sb.append("  ").append(s).append('\n');
    }
    return sb.toString();
  }

  private static void result(StringBuilder sb, Result r, Language lang, String indent) {
    for (Map.Entry<String, BigDecimal> x : r.totals().entrySet()) {
      sb.append(indent).append(x.getKey()).append(": ").append(Formats.money(x.getValue(), lang)).append('\n');
    }
    for (Map.Entry<String, Map<String, BigDecimal>> c : r.components().entrySet()) {
      sb.append(indent).append(c.getKey()).append(':');
      if (c.getValue().isEmpty()) {
        sb.append(' ').append(t("txt.notComputed", lang));
      }
      for (Map.Entry<String, BigDecimal> a : c.getValue().entrySet()) {
        sb.append(' ').append(a.getKey()).append(' ').append(Formats.money(a.getValue(), lang)).append(';');
      }
      sb.append('\n');
    }
    for (Map.Entry<String, Object> d : r.details().entrySet()) {
      sb.append(indent).append(d.getKey()).append(": ").append(Formats.arg(d.getValue(), "", lang)).append('\n');
    }
    sb.append(indent).append(t("txt.unconfirmed", lang)).append(": ")
        .append(r.unconfirmedParameters().isEmpty() ? t("txt.none", lang) : String.join(", ", r.unconfirmedParameters())).append('\n');
    sb.append(indent).append(t("txt.missing", lang)).append(": ")
        .append(r.missingParameters().isEmpty() ? t("txt.none", lang) : String.join(", ", r.missingParameters())).append('\n');
  }

  private static void line(StringBuilder sb, Line l, int step, Language lang) {
    sb.append(String.format("%3d. ", step)).append('[').append(l.id()).append("] ")
        .append(Formats.message(l.text(), lang));
    if (l.unconfirmed()) {
      sb.append(" (").append(t("unconfirmed", lang)).append(')');
    }
    sb.append('\n');
    String in = "       ";
    sb.append(in).append(t("txt.legal", lang)).append(": ").append(l.legalReference()).append('\n');
    if (l.ruleVersion() != null) {
      sb.append(in).append(t("txt.version", lang)).append(": ").append(l.ruleVersion().id()).append('\n');
    }
    if (!l.inputs().isEmpty()) {
      sb.append(in).append(t("txt.inputs", lang)).append(": ");
      List<Input> inputs = l.inputs();
      for (int i = 0; i < inputs.size(); i++) {
        Input x = inputs.get(i);
        sb.append(i == 0 ? "" : "; ").append(x.name()).append(" = ").append(Formats.arg(x.value(), "", lang))
            .append(" (").append(x.source()).append(')');
      }
      sb.append('\n');
    }
    if (!l.parameters().isEmpty()) {
      sb.append(in).append(t("txt.params", lang)).append(": ");
      List<ParameterValue> ps = l.parameters();
      for (int i = 0; i < ps.size(); i++) {
        ParameterValue p = ps.get(i);
        sb.append(i == 0 ? "" : "; ").append(p.key()).append(" = ").append(Formats.number(p.value(), lang))
            .append(' ').append(p.unit()).append(" (valid_from ").append(p.validFrom()).append(", ")
            .append(p.confidence()).append(p.unconfirmed() ? ", " + t("unconfirmed", lang) : "").append("; ")
            .append(p.legalReference()).append(')');
      }
      sb.append('\n');
    }
    if (!l.missingParameters().isEmpty()) {
      sb.append(in).append(t("txt.missing", lang)).append(": ").append(String.join(", ", l.missingParameters())).append('\n');
    }
    if (l.formula() != null) {
      sb.append(in).append(t("txt.formula", lang)).append(": ").append(Formats.formula(l.formula(), lang)).append('\n');
    }
    if (l.roundingRule() != null) {
      sb.append(in).append(t("txt.rounding", lang)).append(": ").append(l.roundingRule()).append('\n');
    }
  }

  static String comparison(ExplanationComparison c, Language lang) {
    Explanation o = c.oldExplanation();
    Explanation n = c.newExplanation();
    StringBuilder sb = new StringBuilder(4096);
    sb.append(t("txt.cmp.title", lang, new Message.Term("benefit." + o.benefit().wireName()), o.period(),
        new Message.Term("benefit." + n.benefit().wireName()), n.period())).append('\n');
    sb.append('\n').append(t("txt.summary", lang)).append('\n');
    for (String s : ComparisonText.summary(c, lang)) {
      sb.append("  ").append(s).append('\n');
    }
    sb.append('\n').append(t("txt.cmp.result", lang)).append('\n');
    if (c.resultChanges().isEmpty()) {
      sb.append("  ").append(t("txt.none", lang)).append('\n');
    }
    for (ExplanationComparison.ResultChange rc : c.resultChanges()) {
      sb.append("  ").append(rc.field()).append(": ").append(show(rc.oldValue(), lang)).append(" → ")
          .append(show(rc.newValue(), lang)).append('\n');
    }
    sb.append('\n').append(t("txt.cmp.lines", lang)).append('\n');
    for (ExplanationComparison.LineChange lc : c.lineChanges()) {
      sb.append("  [").append(lc.subject() == null ? lc.rule() : lc.rule() + "[" + lc.subject() + "]").append("] ")
          .append(t("cmp.change." + lc.change().name().toLowerCase(java.util.Locale.ROOT), lang)).append('\n');
      if (lc.oldLine() != null) {
        sb.append("    ").append(t("txt.cmp.old", lang)).append(": ").append(Formats.message(lc.oldLine().text(), lang)).append('\n');
      }
      if (lc.newLine() != null) {
        sb.append("    ").append(t("txt.cmp.new", lang)).append(": ").append(Formats.message(lc.newLine().text(), lang)).append('\n');
      }
      sb.append("    ").append(t("txt.cmp.why", lang)).append(":\n");
      for (ExplanationComparison.Reason r : lc.reasons()) {
        sb.append("      - ").append(ComparisonText.reason(r, lang)).append('\n');
      }
    }
    sb.append('\n').append(t("txt.cmp.unchanged", lang, String.valueOf(c.unchangedLines()))).append('\n');
    return sb.toString();
  }

  private static String show(Object v, Language lang) {
    if (v == null) {
      return "–";
    }
    if (v instanceof String s && s.isEmpty()) {
      return t("txt.none", lang);
    }
    return Formats.arg(v, "", lang);
  }
}
