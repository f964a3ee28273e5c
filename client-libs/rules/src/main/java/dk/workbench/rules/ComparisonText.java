package dk.workbench.rules;

import dk.workbench.rules.ExplanationComparison.LineChange;
import dk.workbench.rules.ExplanationComparison.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Texts of a comparison: one sentence per reason, and a short summary. */
final class ComparisonText {
  private ComparisonText() {}

  static String reason(Reason r, Language lang) {
    Message m = switch (r.kind()) {
      case RULE_VERSION -> Message.of("cmp.why.version", r.oldValue(), r.newValue());
      case INPUT -> r.detail() != null && r.detail().startsWith("line:")
          ? Message.of("cmp.why.inputLine", r.name(), r.detail().substring(5), r.oldValue(), r.newValue())
          : Message.of("cmp.why.input", r.name(), r.oldValue(), r.newValue());
      case INPUT_ADDED -> Message.of("cmp.why.inputAdded", r.name(), r.newValue());
      case INPUT_REMOVED -> Message.of("cmp.why.inputRemoved", r.name(), r.oldValue());
      case PARAMETER -> {
        String[] from = r.detail().split("/");
        yield Message.of("cmp.why.param", r.name(), r.oldValue(), from[0], r.newValue(), from[1]);
      }
      case PARAMETER_ADDED -> Message.of("cmp.why.paramAdded", r.name(), r.newValue(), r.detail().split("/")[0]);
      case PARAMETER_REMOVED -> Message.of("cmp.why.paramRemoved", r.name());
      case MISSING -> Message.of("cmp.why.missing", r.name());
      case AVAILABLE -> Message.of("cmp.why.found", r.name());
      case STEP_ADDED -> Message.of("cmp.why.added");
      case STEP_REMOVED -> Message.of("cmp.why.removed");
      case DERIVED -> Message.of("cmp.why.derived");
    };
    return Formats.message(m, lang);
  }

  static List<String> summary(ExplanationComparison c, Language lang) {
    Explanation o = c.oldExplanation();
    Explanation n = c.newExplanation();
    List<Message> s = new ArrayList<>();
    if (o.benefit() != n.benefit()) {
      s.add(Message.of("sum.cmp.benefit", new Message.Term("benefit." + o.benefit().wireName()),
          new Message.Term("benefit." + n.benefit().wireName())));
    } else {
      String field = n.benefit() == Benefit.BOERNE_UNGEYDELSE ? "quarterly" : "monthly";
      String per = n.benefit() == Benefit.BOERNE_UNGEYDELSE ? "cmp.per.quarter" : "cmp.per.month";
      BigDecimal a = o.result().totals().get(field);
      BigDecimal b = n.result().totals().get(field);
      Object av = a == null ? Message.of("cmp.absent") : Message.of(per, a);
      Object bv = b == null ? Message.of("cmp.absent") : Message.of(per, b);
      Message.Term title = new Message.Term("benefit." + n.benefit().wireName());
      s.add(ExplanationComparison.same(a, b) ? Message.of("sum.cmp.same", title, bv) : Message.of("sum.cmp.changed", title, av, bv));
    }
    if (!o.period().equals(n.period())) {
      s.add(Message.of("sum.cmp.period", o.period(), n.period()));
    }
    Set<String> inputs = new LinkedHashSet<>();
    Set<String> params = new LinkedHashSet<>();
    Set<String> versions = new LinkedHashSet<>();
    Set<String> missing = new LinkedHashSet<>();
    for (LineChange lc : c.lineChanges()) {
      for (Reason r : lc.reasons()) {
        switch (r.kind()) {
          case INPUT, INPUT_ADDED, INPUT_REMOVED -> {
            if (r.detail() == null || !r.detail().startsWith("line:")) {
              inputs.add(r.name());
            }
          }
          case PARAMETER, PARAMETER_ADDED, PARAMETER_REMOVED -> params.add(r.name());
          case RULE_VERSION -> versions.add(String.valueOf(r.newValue()));
          case MISSING -> missing.add(r.name());
          default -> { }
        }
      }
    }
    if (!inputs.isEmpty()) {
      s.add(Message.of("sum.cmp.inputs", String.join(", ", inputs)));
    }
    if (!params.isEmpty()) {
      s.add(Message.of("sum.cmp.params", String.join(", ", params)));
    }
    if (!versions.isEmpty()) {
      s.add(Message.of("sum.cmp.versions", String.join(", ", versions)));
    }
    if (!missing.isEmpty()) {
      s.add(Message.of("sum.cmp.missing", String.join(", ", missing)));
    }
    s.add(Message.of("sum.cmp.lines", String.valueOf(c.lineChanges().size()),
        String.valueOf(c.lineChanges().size() + c.unchangedLines())));
    List<String> out = new ArrayList<>();
    for (Message m : s) {
      out.add(Formats.message(m, lang));
    }
    return out;
  }
}
