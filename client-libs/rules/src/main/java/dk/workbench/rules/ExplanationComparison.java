package dk.workbench.rules;

import dk.workbench.rules.parameters.ParameterValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Line-by-line comparison of two explanations ("why did my amount change?"): which result fields changed, which lines
 * changed, were added or removed, their old and new values, and why (changed facts, changed or missing rates, another
 * rule version, or a consequence of earlier steps). Lines are matched by {@link Line#id()}.
 *
 * @param oldExplanation the earlier explanation
 * @param newExplanation the later explanation
 * @param resultChanges changed result fields, e.g. {@code monthly} or {@code components.pensionstillaeg.annual}
 * @param lineChanges changed, added and removed lines (new order, removed lines last)
 * @param unchangedLines number of lines present and identical in both
 */
public record ExplanationComparison(
    Explanation oldExplanation,
    Explanation newExplanation,
    List<ResultChange> resultChanges,
    List<LineChange> lineChanges,
    int unchangedLines) {

  public ExplanationComparison {
    Objects.requireNonNull(oldExplanation, "oldExplanation");
    Objects.requireNonNull(newExplanation, "newExplanation");
    resultChanges = List.copyOf(resultChanges);
    lineChanges = List.copyOf(lineChanges);
  }

  /** How a line differs. */
  public enum Change {
    CHANGED,
    ADDED,
    REMOVED
  }

  /**
   * A changed result field; a value is {@code null} when absent on that side.
   *
   * @param field dotted field name
   * @param oldValue old value or {@code null}
   * @param newValue new value or {@code null}
   */
  public record ResultChange(String field, Object oldValue, Object newValue) {}

  /**
   * A changed line.
   *
   * @param rule the rule id
   * @param subject the subject, or {@code null}
   * @param change changed, added or removed
   * @param oldLine the old line, or {@code null} when added
   * @param newLine the new line, or {@code null} when removed
   * @param reasons why, in the order: rule version, facts, rates, missing rates, consequence of earlier steps
   */
  public record LineChange(String rule, String subject, Change change, Line oldLine, Line newLine, List<Reason> reasons) {
    public LineChange {
      reasons = List.copyOf(reasons);
    }
  }

  /** Kinds of reasons. */
  public enum ReasonKind {
    RULE_VERSION,
    INPUT,
    INPUT_ADDED,
    INPUT_REMOVED,
    PARAMETER,
    PARAMETER_ADDED,
    PARAMETER_REMOVED,
    MISSING,
    AVAILABLE,
    STEP_ADDED,
    STEP_REMOVED,
    DERIVED
  }

  /**
   * One reason a line changed.
   *
   * @param kind what changed
   * @param name the input name, parameter key or rule version id concerned, or {@code null}
   * @param oldValue old value (or old valid_from for a parameter, see {@code detail}), or {@code null}
   * @param newValue new value, or {@code null}
   * @param detail extra information: for inputs the source, for parameters "oldValidFrom/newValidFrom", else null
   */
  public record Reason(ReasonKind kind, String name, Object oldValue, Object newValue, String detail) {}

  /** Compares {@code older} with {@code newer}. */
  public static ExplanationComparison compare(Explanation older, Explanation newer) {
    List<ResultChange> rc = resultChanges(older.result(), newer.result());
    Map<String, Line> olds = new LinkedHashMap<>();
    for (Line l : older.lines()) {
      olds.putIfAbsent(l.id(), l);
    }
    List<LineChange> changes = new ArrayList<>();
    int unchanged = 0;
    Set<String> seen = new LinkedHashSet<>();
    for (Line n : newer.lines()) {
      if (!seen.add(n.id())) {
        continue;
      }
      Line o = olds.remove(n.id());
      if (o == null) {
        changes.add(new LineChange(n.rule(), n.subject(), Change.ADDED, null, n,
            List.of(new Reason(ReasonKind.STEP_ADDED, null, null, null, null))));
        continue;
      }
      List<Reason> reasons = reasons(o, n);
      boolean resultDiffers = !same(o.amount(), n.amount()) || !same(o.value(), n.value())
          || !o.text().key().equals(n.text().key());
      if (reasons.isEmpty() && !resultDiffers) {
        unchanged++;
      } else {
        if (reasons.isEmpty()) {
          reasons = List.of(new Reason(ReasonKind.DERIVED, null, null, null, null));
        }
        changes.add(new LineChange(n.rule(), n.subject(), Change.CHANGED, o, n, reasons));
      }
    }
    for (Line o : olds.values()) {
      changes.add(new LineChange(o.rule(), o.subject(), Change.REMOVED, o, null,
          List.of(new Reason(ReasonKind.STEP_REMOVED, null, null, null, null))));
    }
    return new ExplanationComparison(older, newer, rc, changes, unchanged);
  }

  private static List<Reason> reasons(Line o, Line n) {
    List<Reason> r = new ArrayList<>();
    String ov = o.ruleVersion() == null ? null : o.ruleVersion().id();
    String nv = n.ruleVersion() == null ? null : n.ruleVersion().id();
    if (!Objects.equals(ov, nv)) {
      r.add(new Reason(ReasonKind.RULE_VERSION, n.rule(), ov, nv, null));
    }
    Map<String, Input> oi = new LinkedHashMap<>();
    for (Input i : o.inputs()) {
      oi.put(i.name(), i);
    }
    for (Input i : n.inputs()) {
      Input before = oi.remove(i.name());
      if (before == null) {
        r.add(new Reason(ReasonKind.INPUT_ADDED, i.name(), null, i.value(), i.source()));
      } else if (!same(before.value(), i.value())) {
        r.add(new Reason(ReasonKind.INPUT, i.name(), before.value(), i.value(), i.source()));
      }
    }
    for (Input i : oi.values()) {
      r.add(new Reason(ReasonKind.INPUT_REMOVED, i.name(), i.value(), null, i.source()));
    }
    Map<String, ParameterValue> op = new LinkedHashMap<>();
    for (ParameterValue p : o.parameters()) {
      op.put(p.key(), p);
    }
    for (ParameterValue p : n.parameters()) {
      ParameterValue before = op.remove(p.key());
      if (before == null) {
        r.add(new Reason(ReasonKind.PARAMETER_ADDED, p.key(), null, p.value(), p.validFrom() + "/" + p.confidence()));
      } else if (!same(before.value(), p.value()) || !before.validFrom().equals(p.validFrom())
          || before.confidence() != p.confidence()) {
        r.add(new Reason(ReasonKind.PARAMETER, p.key(), before.value(), p.value(), before.validFrom() + "/" + p.validFrom()));
      }
    }
    for (ParameterValue p : op.values()) {
      r.add(new Reason(ReasonKind.PARAMETER_REMOVED, p.key(), p.value(), null, null));
    }
    for (String k : n.missingParameters()) {
      if (!o.missingParameters().contains(k)) {
        r.add(new Reason(ReasonKind.MISSING, k, null, null, null));
      }
    }
    for (String k : o.missingParameters()) {
      if (!n.missingParameters().contains(k)) {
        r.add(new Reason(ReasonKind.AVAILABLE, k, null, null, null));
      }
    }
    return r;
  }

  private static List<ResultChange> resultChanges(Result o, Result n) {
    List<ResultChange> out = new ArrayList<>();
    Map<String, Object> a = flatten(o);
    Map<String, Object> b = flatten(n);
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      if (!same(a.get(k), b.get(k))) {
        out.add(new ResultChange(k, a.get(k), b.get(k)));
      }
    }
    return out;
  }

  private static Map<String, Object> flatten(Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.putAll(r.totals());
    r.components().forEach((c, amounts) -> amounts.forEach((k, v) -> m.put("components." + c + "." + k, v)));
    m.putAll(r.details());
    m.put("unconfirmedParameters", String.join(", ", r.unconfirmedParameters()));
    m.put("missingParameters", String.join(", ", r.missingParameters()));
    return m;
  }

  static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }
}
