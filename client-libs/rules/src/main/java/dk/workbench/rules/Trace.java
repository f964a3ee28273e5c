package dk.workbench.rules;

import dk.workbench.rules.parameters.LegalReference;
import dk.workbench.rules.parameters.ParameterTable;
import dk.workbench.rules.parameters.ParameterValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Collects the lines of one explanation, the parameters used and the parameters missing. Not thread-safe. */
final class Trace {
  static final String DKK_YEAR = "DKK/year";
  static final String DKK_MONTH = "DKK/month";
  static final String DKK_QUARTER = "DKK/quarter";
  static final String PERCENT = "percent";
  static final String FRACTION = "fraction";
  static final String YEARS = "years";

  private final ParameterTable table;
  final LocalDate date;
  private final ArrayList<Line> lines = new ArrayList<>(32);
  private final TreeSet<String> unconfirmed = new TreeSet<>();
  private final TreeSet<String> missing = new TreeSet<>();

  Trace(ParameterTable table, LocalDate date) {
    this.table = table;
    this.date = date;
  }

  /** The parameter value for the trace's date, or {@code null} when missing (recorded when a line names it). */
  ParameterValue param(String key) {
    return table.lookup(key, date);
  }

  /** The parameter value for another date (e.g. rules chosen by the pension age date). */
  ParameterValue param(String key, LocalDate on) {
    return table.lookup(key, on);
  }

  LineBuilder line(String rule, LegalReference ref) {
    return new LineBuilder(this, rule, ref);
  }

  List<Line> lines() {
    return lines;
  }

  List<String> unconfirmed() {
    return new ArrayList<>(unconfirmed);
  }

  List<String> missing() {
    return new ArrayList<>(missing);
  }

  /** Builder of one line; {@link #add()} appends it to the trace. */
  static final class LineBuilder {
    private static final Object[] NO_ARGS = new Object[0];
    private final Trace trace;
    private final String rule;
    private final LegalReference ref;
    private String subject;
    private RuleVersion version;
    private Line.Kind kind = Line.Kind.CALCULATION;
    private List<Input> inputs;
    private List<ParameterValue> params;
    private List<String> missingKeys;
    private Formula formula;
    private BigDecimal amount;
    private String unit;
    private Object value;
    private String rounding;
    private String textKey;
    private Object[] textArgs = NO_ARGS;

    private LineBuilder(Trace trace, String rule, LegalReference ref) {
      this.trace = trace;
      this.rule = rule;
      this.ref = ref;
    }

    LineBuilder subject(String s) {
      this.subject = s;
      return this;
    }

    LineBuilder version(RuleVersion v) {
      this.version = v;
      return this;
    }

    LineBuilder kind(Line.Kind k) {
      this.kind = k;
      return this;
    }

    LineBuilder input(String name, Object v, String source) {
      if (v != null) {
        if (inputs == null) {
          inputs = new ArrayList<>(4);
        }
        inputs.add(new Input(name, v, source));
      }
      return this;
    }

    /** Records the parameter as used, or as missing when {@code v} is {@code null}. */
    LineBuilder param(String key, ParameterValue v) {
      if (v == null) {
        if (missingKeys == null) {
          missingKeys = new ArrayList<>(2);
        }
        missingKeys.add(key);
      } else {
        if (params == null) {
          params = new ArrayList<>(3);
        }
        params.add(v);
      }
      return this;
    }

    LineBuilder formula(String pattern, Object... args) {
      this.formula = new Formula(pattern, Arrays.asList(args));
      return this;
    }

    LineBuilder amount(BigDecimal a, String u) {
      this.amount = a;
      this.unit = u;
      return this;
    }

    LineBuilder value(Object v) {
      this.value = v;
      return this;
    }

    LineBuilder rounding(String roundingRule) {
      this.kind = Line.Kind.ROUNDING;
      this.rounding = roundingRule;
      return this;
    }

    LineBuilder text(String key, Object... args) {
      this.textKey = key;
      this.textArgs = args;
      return this;
    }

    /** Appends the line. A computable line without a result becomes a "cannot be computed" line. */
    Line add() {
      Message text;
      Formula f = formula;
      if (amount == null && value == null && (kind == Line.Kind.CALCULATION || kind == Line.Kind.ROUNDING)) {
        f = null;
        text = missingKeys != null
            ? Message.of("missing.param", Texts.titleTerm(rule), String.join(", ", missingKeys), String.valueOf(trace.date.getYear()))
            : Message.of("missing.upstream", Texts.titleTerm(rule));
      } else {
        text = new Message(textKey, Arrays.asList(textArgs));
      }
      List<ParameterValue> ps = params == null ? List.of() : params;
      for (ParameterValue p : ps) {
        if (p.unconfirmed()) {
          trace.unconfirmed.add(p.key());
        }
      }
      if (missingKeys != null) {
        trace.missing.addAll(missingKeys);
      }
      Line line = new Line(rule, subject, version, kind, ref, inputs == null ? List.of() : inputs, ps,
          missingKeys == null ? List.of() : missingKeys, f, amount, unit, value, rounding, text);
      trace.lines.add(line);
      return line;
    }
  }
}
