package dk.workbench.http;

import dk.workbench.contracts.problem.Problem;

/** 403: the staff user's role may not do this. */
public final class ForbiddenException extends ClientErrorException {
  public ForbiddenException(String correlationId, String redactedUrl, Problem problem) {
    super(403, correlationId, redactedUrl, problem);
  }
}
