package dk.workbench.rules;

import java.util.Objects;

/** The {@code workbench explain} contract: facts JSON in, rendered explanation (or comparison) out. */
public final class Explain {
  private Explain() {}

  /**
   * Explains {@code factsJson}; when {@code compareFactsJson} is given, compares the explanation of {@code factsJson}
   * (old) with that of {@code compareFactsJson} (new) line by line: which lines changed, old and new values, and why.
   *
   * @param factsJson facts JSON (see {@code docs/rules.md})
   * @param compareFactsJson facts JSON to compare with, or {@code null}
   * @param format JSON or TEXT
   * @param lang Danish or English texts
   * @return the rendered output
   * @throws FactsException when either facts document is invalid; the message names the field (for the compared
   *     document it is prefixed with {@code compare:})
   */
  public static String run(String factsJson, String compareFactsJson, OutputFormat format, Language lang) throws FactsException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(lang, "lang");
    RulesEngine engine = RulesEngine.standard();
    Explanation first = engine.explain(Facts.parse(factsJson));
    if (compareFactsJson == null) {
      return format == OutputFormat.JSON ? Rendering.json(first, lang) : Rendering.text(first, lang);
    }
    Explanation second;
    try {
      second = engine.explain(Facts.parse(compareFactsJson));
    } catch (FactsException e) {
      throw new FactsException("compare:" + e.field(), e.getMessage().substring(e.field().length() + 2));
    }
    ExplanationComparison c = ExplanationComparison.compare(first, second);
    return format == OutputFormat.JSON ? Rendering.json(c, lang) : Rendering.text(c, lang);
  }
}
