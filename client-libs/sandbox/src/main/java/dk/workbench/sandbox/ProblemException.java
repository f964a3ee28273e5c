package dk.workbench.sandbox;

import dk.workbench.contracts.problem.Problem;
import java.util.Map;

/** Thrown by an endpoint to answer with a problem (400, 403, 404 …) instead of a body. */
public final class ProblemException extends RuntimeException {
  private final transient Problem problem;
  private final transient Map<String, String> headers;

  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  public ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.title(), null, false, false);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
