package dk.workbench.ui.explanation;

import dk.workbench.contracts.decisions.FactSource;
import dk.workbench.rules.ExplanationComparison;
import dk.workbench.rules.Input;
import dk.workbench.rules.Language;
import dk.workbench.rules.Line;
import dk.workbench.rules.Rendering;
import dk.workbench.rules.parameters.ParameterValue;
import dk.workbench.service.explanation.OpenedDecision;
import dk.workbench.service.explanation.Verification;
import dk.workbench.ui.common.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns explanation lines, differences and changes into the workspace's texts, in the UI language. */
final class ExplanationTexts {

  private final Messages messages;
  private final Language language;

  ExplanationTexts(Messages messages) {
    this.messages = messages;
    this.language = "en".equals(messages.locale().getLanguage()) ? Language.EN : Language.DA;
  }

  Language language() {
    return language;
  }

  /** {@code 12.345,00 kr.} (in the UI's language), or a dash when absent. */
  String kroner(BigDecimal amount) {
    return amount == null ? "–" : messages.money(amount);
  }

  String date(LocalDate date) {
    return messages.date(date);
  }

  /** A line's amount with its unit, or its value; empty when it has neither. */
  String result(Line line) {
    if (line.amount() != null) {
      return amount(line.amount(), line.unit());
    }
    return line.value() == null ? "" : Rendering.value(line.value(), language);
  }

  String amount(BigDecimal amount, String unit) {
    if (amount == null) {
      return "–";
    }
    if (unit == null) {
      return Rendering.value(amount, language);
    }
    return switch (unit) {
      case "DKK/year" -> kroner(amount) + " " + messages.get("unit.year");
      case "DKK/month" -> kroner(amount) + " " + messages.get("unit.month");
      case "DKK/quarter" -> kroner(amount) + " " + messages.get("unit.quarter");
      case "DKK" -> kroner(amount);
      case "percent" -> Rendering.value(amount, language) + " %";
      default -> Rendering.value(amount, language) + " " + messages.get("unit." + unit);
    };
  }

  String text(Line line) {
    return Rendering.lineText(line, language);
  }

  /** The detail rows of a line: legal basis, rule version, inputs with source and date, rates, arithmetic, amount. */
  List<String> details(OpenedDecision opened, Line line) {
    List<String> rows = new ArrayList<>();
    rows.add(messages.get("explanation.legal", line.legalReference().toString()));
    if (line.ruleVersion() != null) {
      rows.add(messages.get("explanation.ruleVersion", line.ruleVersion().id(),
          line.ruleVersion().validFrom() == null ? "–" : date(line.ruleVersion().validFrom())));
    }
    for (Input in : line.inputs()) {
      rows.add(input(opened, in));
    }
    for (ParameterValue p : line.parameters()) {
      rows.add(rate(p));
    }
    for (String missing : line.missingParameters()) {
      rows.add(messages.get("explanation.missingRate", missing));
    }
    String formula = Rendering.formula(line, language);
    if (formula != null) {
      rows.add(messages.get("explanation.formula", formula));
    }
    if (line.roundingRule() != null) {
      rows.add(messages.get("explanation.rounding", line.roundingRule()));
    }
    String result = result(line);
    if (!result.isEmpty()) {
      rows.add(messages.get("explanation.amount", result));
    }
    return rows;
  }

  String input(OpenedDecision opened, Input in) {
    String value = Rendering.value(in.value(), language);
    if (in.fromLine()) {
      return messages.get("explanation.input.line", in.name(), value, in.source().substring("line:".length()));
    }
    FactSource source = opened == null ? null : opened.source(in).orElse(null);
    if (source != null) {
      return messages.get("explanation.input", in.name(), value, source.source(), date(source.date()));
    }
    return messages.get("explanation.input.noDate", in.name(), value, in.source());
  }

  String rate(ParameterValue p) {
    String title = language == Language.EN ? p.titleEn() : p.titleDa();
    String text = messages.get("explanation.rate", title == null ? p.key() : title, amount(p.value(), p.unit()),
        date(p.validFrom()));
    return p.unconfirmed() ? text + " — " + messages.get("explanation.unconfirmed") : text;
  }

  /** The rows telling how a line differs from the back-end's. */
  List<String> difference(Verification.LineDifference d) {
    List<String> rows = new ArrayList<>();
    rows.add(messages.get("explanation.differs." + d.kind().name(), kroner(d.backendAmount()),
        kroner(d.recomputedAmount())));
    for (Verification.Detail x : d.details()) {
      switch (x.kind()) {
        case RATE -> rows.add(messages.get("explanation.differs.rate", x.name(), orDash(x.backend()),
            orDash(x.backendValidFrom()), orDash(x.recomputed()), orDash(x.recomputedValidFrom())));
        case INPUT -> rows.add(messages.get("explanation.differs.input", x.name(), orDash(x.backend()),
            orDash(x.recomputed())));
        case VALUE -> rows.add(messages.get("explanation.differs.value", orDash(x.backend()), orDash(x.recomputed())));
        default -> { }
      }
    }
    return rows;
  }

  /** "Old → new" of a changed line. */
  String change(ExplanationComparison.LineChange c) {
    String before = c.oldLine() == null ? "–" : result(c.oldLine());
    String after = c.newLine() == null ? "–" : result(c.newLine());
    return messages.get("change.values", before.isEmpty() ? "–" : before, after.isEmpty() ? "–" : after);
  }

  /** The causes of a changed line, one row each. */
  List<String> reasons(ExplanationComparison.LineChange c) {
    List<String> rows = new ArrayList<>();
    for (ExplanationComparison.Reason r : c.reasons()) {
      String key = "change.reason." + r.kind().name();
      rows.add(messages.get(key, orDash(r.name()), value(r.oldValue()), value(r.newValue()), orDash(validFroms(r))));
    }
    return rows;
  }

  private String validFroms(ExplanationComparison.Reason r) {
    if (r.detail() == null) {
      return null;
    }
    if (r.kind() == ExplanationComparison.ReasonKind.PARAMETER && r.detail().contains("/")) {
      String[] parts = r.detail().split("/");
      return parts[0] + " → " + parts[1];
    }
    return r.detail();
  }

  String value(Object o) {
    return o == null ? "–" : Rendering.value(o, language);
  }

  private static String orDash(String s) {
    return s == null ? "–" : s;
  }
}
