package dk.workbench.http;

/** The back-end could not be reached, or the connection broke before an answer arrived. */
public class ApiConnectionException extends ApiException {
  public ApiConnectionException(String message, String correlationId, String redactedUrl, Throwable cause) {
    super(message, 0, correlationId, redactedUrl, null, cause);
  }
}
