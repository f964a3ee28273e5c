package dk.workbench.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dk.workbench.sandbox.auth.StaffUser;
import dk.workbench.sandbox.auth.TokenStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler behind every path: routes the request, answers unknown paths (404) and
 * wrong methods (405) with problems, turns any exception into a 500 problem without a stack
 * trace, echoes or creates the correlation id, and logs method, masked path, status and
 * duration at debug. Never logs a CPR number, a name or a body.
 */
final class SandboxHandler implements HttpHandler {
  static final String CORRELATION_ID = "X-Correlation-Id";
  private static final String BEARER = "Bearer ";

  private static final Logger LOG = LoggerFactory.getLogger(SandboxHandler.class);
  private static final Pattern SAFE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

  /** Largest request body accepted (a MeMo message with attachments fits). */
  static final int MAX_BODY = 8 * 1024 * 1024;

  private final List<Route> routes;
  private final ObjectMapper mapper;
  private final TokenStore tokens;

  SandboxHandler(List<Route> routes, ObjectMapper mapper, TokenStore tokens) {
    this.routes = List.copyOf(routes);
    this.mapper = mapper;
    this.tokens = tokens;
  }

  @Override
  public void handle(HttpExchange exchange) {
    long started = System.nanoTime();
    String method = exchange.getRequestMethod();
    String path = Objects.requireNonNullElse(exchange.getRequestURI().getPath(), "");
    String instance = Problems.maskPath(path);
    String correlationId = correlationId(exchange.getRequestHeaders().getFirst(CORRELATION_ID));
    int status = 0;
    VirtualMachineError fatal = null;
    try {
      Response response;
      try {
        response = route(exchange, method, path, instance, correlationId);
      } catch (ProblemException e) {
        response = Response.problem(mapper, e.problem(), e.headers());
      } catch (Exception | Error e) {
        LOG.error("{} {} failed with {} at {} [correlation id {}]", Problems.maskForLog(method), instance,
            e.getClass().getName(), origin(e), Problems.maskForLog(correlationId));
        fatal = e instanceof VirtualMachineError vmError ? vmError : null;
        response = Response.problem(mapper, Problems.internalError(correlationId, instance), Map.of());
      }
      status = response.status();
      send(exchange, response, correlationId);
    } catch (IOException | RuntimeException e) {
      LOG.debug("{} {}: the answer could not be sent ({})", Problems.maskForLog(method), instance,
          e.getClass().getSimpleName());
    } finally {
      exchange.close();
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} -> {} in {} ms [correlation id {}]", Problems.maskForLog(method), instance, status,
            (System.nanoTime() - started) / 1_000_000, Problems.maskForLog(correlationId));
      }
    }
    if (fatal != null) {
      throw fatal; // answered 500 if it could; the JVM's own trouble is not ours to swallow
    }
  }

  private Response route(HttpExchange exchange, String method, String path, String instance, String correlationId)
      throws Exception {
    Set<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Matcher match = route.path().matcher(path);
      if (match.matches()) {
        if (route.method().equals(method)) {
          StaffUser staff = route.authenticated() ? authenticate(exchange, instance) : null;
          Request request = new Request(method, match, instance, correlationId, exchange.getRequestURI().getRawQuery(),
              exchange.getRequestHeaders(), readBody(exchange, instance), staff);
          return route.endpoint().answer(request);
        }
        allowed.add(route.method());
      }
    }
    if (!allowed.isEmpty()) {
      String allow = String.join(", ", allowed);
      return Response.problem(mapper, Problems.methodNotAllowed(method, allow, instance), Map.of("Allow", allow));
    }
    return Response.problem(mapper, Problems.notFound("No resource at this path.", instance), Map.of());
  }

  /** The staff user of the request's bearer token; a 401 problem without a valid one. */
  private StaffUser authenticate(HttpExchange exchange, String instance) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        ? header.substring(BEARER.length()).strip()
        : null;
    return tokens.find(token).orElseThrow(() -> new ProblemException(
        Problems.unauthorized(token == null
            ? "This API needs a bearer token: POST /sandbox/v1/token, then send 'Authorization: Bearer <token>'."
            : "The bearer token is unknown or has expired; get a new one from POST /sandbox/v1/token.", instance),
        Map.of("WWW-Authenticate", "Bearer realm=\"sandbox\"")));
  }

  private static byte[] readBody(HttpExchange exchange, String instance) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw new ProblemException(Problems.tooLarge(instance));
      }
      return body;
    }
  }

  private static void send(HttpExchange exchange, Response response, String correlationId) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    headers.set(CORRELATION_ID, correlationId);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    response.headers().forEach(headers::set);
    byte[] body = "HEAD".equals(exchange.getRequestMethod()) ? new byte[0] : response.body();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The caller's id if it is a plain token, else a new one. */
  static String correlationId(String incoming) {
    if (incoming != null && SAFE_CORRELATION_ID.matcher(incoming.strip()).matches()) {
      return incoming.strip();
    }
    return UUID.randomUUID().toString();
  }

  /** Where an exception was thrown, without its message (which may hold personal data). */
  private static String origin(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? "unknown" : trace[0].getClassName() + "." + trace[0].getMethodName() + ":" + trace[0].getLineNumber();
  }
}
