package dk.workbench.contracts.cpr;

/** A text that is not a CPR number, with the {@link CprNumber.Problem reason}. Never carries the text itself. */
public final class InvalidCprNumberException extends Exception {
  private final CprNumber.Problem problem;

  public InvalidCprNumberException(CprNumber.Problem problem) {
    super("Not a CPR number: " + problem);
    this.problem = problem;
  }

  public CprNumber.Problem problem() {
    return problem;
  }
}
