package dk.workbench.service.calls;

/** A call could not be finished or saved; the message holds no personal data. */
public final class CallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CallException(String message, Throwable cause) {
    super(message, cause);
  }
}
