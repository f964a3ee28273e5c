package dk.workbench.http;

import dk.workbench.contracts.problem.Problem;

/** A 5xx: the back-end failed; trying again later may help. */
public class ServerErrorException extends ApiResponseException {
  public ServerErrorException(int status, String correlationId, String redactedUrl, Problem problem) {
    super("The back-end failed", status, correlationId, redactedUrl, problem);
  }
}
