package dk.workbench.http;

/** The back-end did not answer within the deadline. */
public final class ApiTimeoutException extends ApiConnectionException {
  public ApiTimeoutException(String correlationId, String redactedUrl, Throwable cause) {
    super("The back-end did not answer in time", correlationId, redactedUrl, cause);
  }
}
