package dk.workbench.rules;

import java.util.List;

/**
 * Rendering of explanations and comparisons, separate from calculation: the same trace becomes versioned JSON, a
 * caseworker text, or a 5-10 sentence citizen summary, in Danish or English. Rendering never changes an amount.
 */
public final class Rendering {
  private Rendering() {}

  /** The explanation as versioned JSON (schema {@value Explanation#SCHEMA_VERSION}), texts in {@code lang}. */
  public static String json(Explanation e, Language lang) {
    return JsonOutput.explanation(e, lang);
  }

  /** The explanation as readable text: result, every line with its legal basis, inputs, rates and arithmetic, summary. */
  public static String text(Explanation e, Language lang) {
    return TextOutput.explanation(e, lang);
  }

  /** The citizen summary: 5-10 plain-language sentences rendered from the trace. */
  public static List<String> summary(Explanation e, Language lang) {
    return Summary.of(e, lang);
  }

  /** The text of one line in {@code lang}. */
  public static String lineText(Line line, Language lang) {
    return Formats.message(line.text(), lang);
  }

  /** An amount as the texts show it: {@code 1.234,50 kr.} (Danish) or {@code DKK 1,234.50} (English). */
  public static String money(java.math.BigDecimal amount, Language lang) {
    return Formats.money(amount, lang);
  }

  /** The arithmetic of a line in {@code lang}'s number format, e.g. {@code 32.600 × 30,9 % = 10.073,4}. */
  public static String formula(Formula formula, Language lang) {
    return Formats.formula(formula, lang);
  }

  /** The arithmetic of one line in {@code lang} (e.g. {@code 32.600 × 30,9 % = 10.073,4}), or {@code null} when it has none. */
  public static String formula(Line line, Language lang) {
    return line.formula() == null ? null : Formats.formula(line.formula(), lang);
  }

  /** A value of a line, input or parameter (number, date, period, yes/no, text) written in {@code lang}. */
  public static String value(Object value, Language lang) {
    return Formats.arg(value, "", lang);
  }

  /** A comparison as JSON. */
  public static String json(ExplanationComparison c, Language lang) {
    return JsonOutput.comparison(c, lang);
  }

  /** A comparison as readable text. */
  public static String text(ExplanationComparison c, Language lang) {
    return TextOutput.comparison(c, lang);
  }
}
