package dk.workbench.service.attorney;

/** An action in an acting-for session was refused: the basis has ended, or the mandate does not cover it. */
public final class SessionBlockedException extends Exception {
  /** Why. */
  public enum Reason {
    /** The power or consent ended during the session. */
    BASIS_ENDED,
    /** The mandate does not cover this data or action. */
    NOT_COVERED,
    /** A re-check with the back-end found the power no longer holds (revoked, expired, changed). */
    WITHDRAWN
  }

  private final Reason reason;

  public SessionBlockedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
