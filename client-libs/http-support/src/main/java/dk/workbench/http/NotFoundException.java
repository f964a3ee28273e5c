package dk.workbench.http;

import dk.workbench.contracts.problem.Problem;

/** 404: the back-end has no such resource (for example no person with that CPR number). */
public final class NotFoundException extends ApiResponseException {
  public NotFoundException(String correlationId, String redactedUrl, Problem problem) {
    super("Not found", 404, correlationId, redactedUrl, problem);
  }
}
