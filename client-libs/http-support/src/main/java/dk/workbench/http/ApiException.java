package dk.workbench.http;

import dk.workbench.contracts.problem.Problem;
import java.util.Optional;

/**
 * A call to a back-end did not give a usable answer. Subclasses say why; every instance
 * carries what support needs to find the call in the back-end's logs (status, correlation id,
 * the URL with personal identifiers masked) and never any personal data.
 */
public abstract class ApiException extends Exception {
  private final int status;
  private final String correlationId;
  private final String redactedUrl;
  private final Problem problem;

  protected ApiException(String message, int status, String correlationId, String redactedUrl, Problem problem, Throwable cause) {
    super(message + " [" + (status > 0 ? "status " + status + ", " : "") + "correlation id " + correlationId + ", " + redactedUrl + "]", cause);
    this.status = status;
    this.correlationId = correlationId;
    this.redactedUrl = redactedUrl;
    this.problem = problem;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  public String correlationId() {
    return correlationId;
  }

  /** The request URL with CPR numbers masked. */
  public String redactedUrl() {
    return redactedUrl;
  }

  /** The back-end's RFC 9457 problem body, when it sent one. */
  public Optional<Problem> problem() {
    return Optional.ofNullable(problem);
  }
}
