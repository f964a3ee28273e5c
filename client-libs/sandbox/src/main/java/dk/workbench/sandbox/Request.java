package dk.workbench.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.sandbox.auth.StaffUser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One request as an endpoint sees it: path parameters, query parameters, headers, body and the
 * authenticated staff user. The {@code query…}, {@code bodyAs} and {@code require} helpers
 * throw a {@link ProblemException} (400 or 403) that names the offending parameter.
 */
public final class Request {
  private final String method;
  private final Matcher match;
  private final String instance;
  private final String correlationId;
  private final Map<String, List<String>> query;
  private final Headers headers;
  private final byte[] body;
  private final StaffUser staff;

  Request(String method, Matcher match, String instance, String correlationId, String rawQuery, Headers headers,
      byte[] body, StaffUser staff) {
    this.method = method;
    this.match = match;
    this.instance = instance;
    this.correlationId = correlationId;
    this.query = parseQuery(rawQuery);
    this.headers = headers;
    this.body = body;
    this.staff = staff;
  }

  /** For endpoint unit tests. */
  public static Request of(String method, Matcher match, String rawQuery, Map<String, String> headers, byte[] body,
      StaffUser staff) {
    Headers h = new Headers();
    headers.forEach(h::add);
    return new Request(method, match, Problems.maskPath(match.group()), "test", rawQuery, h, body, staff);
  }

  public String method() {
    return method;
  }

  /** Path parameter {@code n} (a group of the route's pattern). */
  public String pathParam(int n) {
    return match.group(n);
  }

  /** The request path with personal identifiers masked, for problem bodies. */
  public String instance() {
    return instance;
  }

  public String correlationId() {
    return correlationId;
  }

  /** The staff user of the bearer token; {@code null} only on open routes. */
  public StaffUser staff() {
    return staff;
  }

  /** 403 problem unless the staff user's role has the privilege. */
  public void require(StaffPrivilege privilege) {
    if (staff == null || !staff.role().may(privilege)) {
      throw new ProblemException(Problems.forbidden(
          "Your role does not allow this (privilege " + privilege + " needed).", instance));
    }
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.getFirst(name));
  }

  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public List<String> queryAll(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** An integer query parameter within bounds; 400 problem if it is not. */
  public int queryInt(String name, int defaultValue, int min, int max) {
    Optional<String> text = query(name);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text.get().strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw badParameter(name, "must be a whole number from " + min + " to " + max);
  }

  /** A date query parameter (yyyy-mm-dd); 400 problem if it is not one. */
  public Optional<LocalDate> queryDate(String name) {
    Optional<String> text = query(name);
    try {
      return text.map(t -> LocalDate.parse(t.strip()));
    } catch (DateTimeParseException e) {
      throw badParameter(name, "must be a date written yyyy-mm-dd");
    }
  }

  /** An enum query parameter by constant name; 400 problem listing the allowed values if it is not one. */
  public <E extends Enum<E>> Optional<E> queryEnum(String name, Class<E> type) {
    Optional<String> text = query(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.get().strip())) {
        return Optional.of(constant);
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      allowed.add(constant.name());
    }
    throw badParameter(name, "must be one of " + String.join(", ", allowed));
  }

  public byte[] body() {
    return body;
  }

  /** The JSON body as a value; 400 problem if it is missing or is not the expected JSON. */
  public <T> T bodyAs(ObjectMapper mapper, Class<T> type) {
    if (body.length == 0) {
      throw new ProblemException(Problems.badRequest("The request needs a JSON body.", instance));
    }
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw new ProblemException(Problems.badRequest("The request needs a JSON body.", instance));
      }
      return value;
    } catch (IOException e) {
      String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
          ? mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> a + "." + b).orElse("")
          : "";
      throw new ProblemException(Problems.badRequest(field.isEmpty()
          ? "The body is not valid JSON of the expected shape."
          : "The body's field '" + field + "' has a wrong value or type.", instance));
    }
  }

  /** A 400 problem naming a query parameter. */
  public ProblemException badParameter(String name, String what) {
    return new ProblemException(Problems.badRequest("Query parameter '" + name + "' " + what + ".", instance));
  }

  private static Map<String, List<String>> parseQuery(String raw) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return result;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return result;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
