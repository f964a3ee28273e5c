package dk.workbench.sandbox;

import java.util.regex.Pattern;

/**
 * One endpoint: an HTTP method, a path pattern (matched against the whole decoded path), the
 * API it belongs to (for fault injection and the access rules), whether it needs a bearer
 * token, and what answers it.
 *
 * @param api short API name, e.g. {@code cpr}, {@code digitalpost}; {@value #SANDBOX_API} for the
 *     sandbox's own endpoints (never faulted)
 */
public record Route(String method, Pattern path, String api, boolean authenticated, Endpoint endpoint) {
  public static final String SANDBOX_API = "sandbox";

  /** Answers one matched request; a {@link ProblemException} becomes its problem, any other exception a 500 problem. */
  @FunctionalInterface
  public interface Endpoint {
    Response answer(Request request) throws Exception;
  }

  /** A GET that needs a bearer token. */
  public static Route get(String api, String pathRegex, Endpoint endpoint) {
    return new Route("GET", Pattern.compile(pathRegex), api, true, endpoint);
  }

  /** A POST that needs a bearer token. */
  public static Route post(String api, String pathRegex, Endpoint endpoint) {
    return new Route("POST", Pattern.compile(pathRegex), api, true, endpoint);
  }

  /** A PUT that needs a bearer token. */
  public static Route put(String api, String pathRegex, Endpoint endpoint) {
    return new Route("PUT", Pattern.compile(pathRegex), api, true, endpoint);
  }

  /** The same route without the token requirement (the sandbox's own endpoints). */
  public Route open() {
    return new Route(method, path, api, false, endpoint);
  }
}
