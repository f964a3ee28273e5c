package dk.workbench.sandbox;

import dk.workbench.contracts.problem.Problem;
import java.util.regex.Pattern;

/**
 * The RFC 9457 problems the sandbox answers, and the masking that keeps CPR numbers out of
 * them and out of the log.
 */
public final class Problems {
  private Problems() {}

  public static final String TYPE_BASE = "https://workbench.dk/problems/";
  static final String MASKED_CPR = "******-****";
  static final String PERSONS_PREFIX = "/cpr/v1/persons/";

  private static final Pattern CPR_LIKE = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");
  private static final Pattern LONG_DIGITS = Pattern.compile("\\d{6,}");
  private static final int MAX_PATH = 200;

  public static Problem badRequest(String detail, String instance) {
    return new Problem(TYPE_BASE + "bad-request", "Bad request", 400, detail, instance);
  }

  public static Problem unauthorized(String detail, String instance) {
    return new Problem(TYPE_BASE + "unauthorized", "Unauthorized", 401, detail, instance);
  }

  public static Problem forbidden(String detail, String instance) {
    return new Problem(TYPE_BASE + "forbidden", "Forbidden", 403, detail, instance);
  }

  public static Problem conflict(String detail, String instance) {
    return new Problem(TYPE_BASE + "conflict", "Conflict", 409, detail, instance);
  }

  static Problem tooLarge(String instance) {
    return new Problem(TYPE_BASE + "too-large", "Payload too large", 413, "The body is larger than the sandbox accepts.",
        instance);
  }

  public static Problem notFound(String detail, String instance) {
    return new Problem(TYPE_BASE + "not-found", "Not found", 404, detail, instance);
  }

  public static Problem invalidCpr(String detail, String instance) {
    return new Problem(TYPE_BASE + "invalid-cpr", "Invalid CPR number", 400, detail, instance);
  }

  static Problem methodNotAllowed(String method, String allowed, String instance) {
    return new Problem(TYPE_BASE + "method-not-allowed", "Method not allowed", 405,
        "This resource answers " + allowed + ", not " + safeToken(method) + ".", instance);
  }

  static Problem internalError(String correlationId, String instance) {
    return new Problem(TYPE_BASE + "internal-error", "Internal server error", 500,
        "The sandbox could not answer this request. Its log has the cause under correlation id "
            + correlationId + ".", instance);
  }

  /**
   * The path as it may appear in a problem body or a log line: a person's number replaced by
   * {@value #MASKED_CPR}, any other long run of digits starred out, no query, bounded length.
   */
  public static String maskPath(String path) {
    if (path == null || path.isEmpty()) {
      return "/";
    }
    if (path.startsWith(PERSONS_PREFIX) && path.length() > PERSONS_PREFIX.length()) {
      return PERSONS_PREFIX + MASKED_CPR;
    }
    String masked = CPR_LIKE.matcher(path).replaceAll(MASKED_CPR);
    masked = LONG_DIGITS.matcher(masked).replaceAll("******");
    return masked.length() > MAX_PATH ? masked.substring(0, MAX_PATH) + "…" : masked;
  }

  /** A text from the request made fit for a log line: CPR-like numbers masked, bounded, printable. */
  public static String maskForLog(String text) {
    if (text == null) {
      return "";
    }
    String masked = CPR_LIKE.matcher(text).replaceAll(MASKED_CPR);
    masked = masked.replaceAll("[^\\x21-\\x7e]", "?");
    return masked.length() > MAX_PATH ? masked.substring(0, MAX_PATH) + "…" : masked;
  }

  private static String safeToken(String method) {
    String m = method == null ? "" : method.replaceAll("[^A-Za-z]", "");
    return m.length() > 20 ? m.substring(0, 20) : m;
  }
}
