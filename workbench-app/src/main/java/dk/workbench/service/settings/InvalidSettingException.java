package dk.workbench.service.settings;

/** An entered setting that cannot be used; {@link #problem()} says why (the UI words it in the user's language). */
public final class InvalidSettingException extends Exception {
  /** Why a setting was refused. */
  public enum Problem {
    URL_REQUIRED,
    URL_NOT_HTTP,
    RETENTION_FORMAT,
    RETENTION_NOT_POSITIVE,
    CERTIFICATE_NOT_FOUND,
    CERTIFICATE_WRONG_PASSWORD,
    CERTIFICATE_UNREADABLE,
    CERTIFICATE_NO_KEY
  }

  private final Problem problem;

  public InvalidSettingException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
