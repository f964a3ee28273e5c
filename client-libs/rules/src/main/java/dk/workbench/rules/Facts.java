package dk.workbench.rules;

/**
 * The facts of one case: which benefit, which period, and the benefit's inputs. Immutable.
 *
 * <p>Built from the facts JSON with {@link #parse(String)} (format in {@code docs/rules.md}), or directly with the
 * record constructors (their compact constructors reject impossible values with {@link IllegalArgumentException}).
 */
public sealed interface Facts permits FolkepensionFacts, BoerneUngeydelseFacts, BoligstoetteFacts {

  /** The benefit these facts are for. */
  Benefit benefit();

  /** The period to compute. */
  Period period();

  /**
   * Parses and validates a facts JSON document.
   *
   * @throws FactsException naming the offending field (never containing its value)
   */
  static Facts parse(String json) throws FactsException {
    return FactsParser.parse(json);
  }
}
