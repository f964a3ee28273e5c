package dk.workbench.http;

import dk.workbench.contracts.problem.Problem;

/** A 4xx other than 404: the back-end refused the request as we sent it. */
public class ClientErrorException extends ApiResponseException {
  public ClientErrorException(int status, String correlationId, String redactedUrl, Problem problem) {
    super("The back-end refused the request", status, correlationId, redactedUrl, problem);
  }
}
