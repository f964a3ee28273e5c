package dk.workbench.http;

/** The back-end answered 2xx but the body is not what the contract says. */
public final class MalformedResponseException extends ApiException {
  public MalformedResponseException(int status, String correlationId, String redactedUrl, Throwable cause) {
    super("The back-end's answer could not be read", status, correlationId, redactedUrl, null, cause);
  }
}
