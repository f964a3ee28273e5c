package dk.workbench.http;

import dk.workbench.contracts.problem.Problem;

/** The back-end answered with an error status; see the subclasses for 404, other 4xx and 5xx. */
public abstract class ApiResponseException extends ApiException {
  protected ApiResponseException(String message, int status, String correlationId, String redactedUrl, Problem problem) {
    super(message, status, correlationId, redactedUrl, problem, null);
  }
}
