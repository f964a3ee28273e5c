package dk.workbench.rules;

/**
 * The facts cannot be explained: malformed JSON, unknown benefit, a missing or unknown field, a value of the wrong
 * type, an impossible date or a value out of range. {@link #getMessage()} names the field in the form
 * {@code household.annualRent: must not be negative}; it never contains the offending value, so it may be logged
 * without leaking personal data.
 */
public class FactsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field dotted path of the offending field, e.g. {@code incomes[2].annual}, or {@code facts} for the file
   * @param problem what is wrong, e.g. {@code must not be negative}
   */
  public FactsException(String field, String problem) {
    super(field + ": " + problem, null, false, false);
    this.field = field;
  }

  /** Dotted path of the offending field. */
  public String field() {
    return field;
  }
}
