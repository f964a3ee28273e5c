package dk.workbench.rules;

import dk.workbench.rules.parameters.ParameterTable;
import java.util.Objects;

/**
 * Computes explanations from facts with a parameter table. Immutable and thread-safe; {@link #standard()} uses the
 * standard parameter file.
 *
 * <pre>{@code
 * Explanation e = RulesEngine.standard().explain(Facts.parse(json));
 * String text = Rendering.text(e, Language.DA);
 * }</pre>
 */
public final class RulesEngine {
  private static final RulesEngine STANDARD = new RulesEngine(ParameterTable.standard());

  private final ParameterTable parameters;

  /** An engine reading parameters from {@code parameters} (e.g. a what-if or test table). */
  public RulesEngine(ParameterTable parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** The engine with the standard parameter table. */
  public static RulesEngine standard() {
    return STANDARD;
  }

  /** The parameter table in use. */
  public ParameterTable parameters() {
    return parameters;
  }

  /** Explains the facts: the result and the full trace. Never throws for valid facts; missing rates are reported. */
  public Explanation explain(Facts facts) {
    Objects.requireNonNull(facts, "facts");
    if (facts instanceof FolkepensionFacts f) {
      return FolkepensionRules.explain(f, parameters);
    } else if (facts instanceof BoerneUngeydelseFacts b) {
      return BoerneUngeydelseRules.explain(b, parameters);
    } else {
      return BoligstoetteRules.explain((BoligstoetteFacts) facts, parameters);
    }
  }

  /**
   * Parses and explains a facts JSON document.
   *
   * @throws FactsException when the facts are invalid, naming the field
   */
  public Explanation explain(String factsJson) throws FactsException {
    return explain(Facts.parse(factsJson));
  }
}
