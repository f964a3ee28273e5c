package dk.workbench.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint: an HTTP method and a path pattern (matched against the whole decoded path),
 * and what answers it.
 */
record Route(String method, Pattern path, Endpoint endpoint) {

  /** Answers one matched request; any exception becomes a 500 problem. */
  @FunctionalInterface
  interface Endpoint {
    /**
     * @param match the path matched against {@link Route#path()} (groups hold path parameters)
     * @param instance the request path with personal identifiers masked, for problem bodies
     */
    Response answer(Matcher match, String instance) throws Exception;
  }

  static Route get(String pathRegex, Endpoint endpoint) {
    return new Route("GET", Pattern.compile(pathRegex), endpoint);
  }
}
