package dk.workbench.http;

import dk.workbench.contracts.problem.Problem;

/** 401: the token is missing, wrong or expired. */
public final class UnauthorizedException extends ClientErrorException {
  public UnauthorizedException(String correlationId, String redactedUrl, Problem problem) {
    super(401, correlationId, redactedUrl, problem);
  }
}
