package dk.workbench.rules.parameters;

/**
 * How far a parameter value can be trusted, using the letters of the project's RULES.md reference.
 *
 * <p>{@link #A} and {@link #B} are confirmed. {@link #C}, {@link #U} and {@link #D} are treated as unconfirmed: an
 * explanation that uses such a value lists it in {@code result.unconfirmedParameters} and marks the line.
 */
public enum Confidence {
  /** Official/primary source: law text, ministries, borger.dk. */
  A,
  /** Reputable secondary source (Ældre Sagen, auditors quoting Skatteministeriet, trade unions). */
  B,
  /** Commercial or blog page, used only where nothing better was found. Treated as unconfirmed. */
  C,
  /** Unconfirmed: a single non-official source, or an inconsistency was found. */
  U,
  /** Derived by the project from A/B parameters (formula in the note). Never an oracle. */
  D;

  /** True for C, U and D: the value must be shown as an "unconfirmed rate". */
  public boolean unconfirmed() {
    return this == C || this == U || this == D;
  }
}
