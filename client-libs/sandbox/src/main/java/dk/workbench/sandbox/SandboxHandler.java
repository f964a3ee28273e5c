package dk.workbench.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dk.workbench.contracts.problem.Problem;
import dk.workbench.sandbox.auth.StaffUser;
import dk.workbench.sandbox.auth.TokenStore;
import dk.workbench.sandbox.faults.ApiFault;
import dk.workbench.sandbox.faults.FaultInjector;
import dk.workbench.sandbox.faults.FaultInjector.Decision;
import dk.workbench.sandbox.faults.FaultInjector.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler behind every path: routes the request, answers unknown paths (404) and
 * wrong methods (405) with problems, turns any exception into a 500 problem without a stack
 * trace, echoes or creates the correlation id, injects the configured faults (latency, errors,
 * hangs, malformed and truncated bodies) into the APIs' answers, and logs method, masked path,
 * status and duration at debug. Never logs a CPR number, a name or a body.
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
  private final FaultInjector faults;
  private final ScheduledExecutorService delayed;

  /**
   * @param faults the faults to inject per API
   * @param delayed where answers held back by a fault wait (latency, hangs), so that they do not
   *     occupy the server's few request threads
   */
  SandboxHandler(List<Route> routes, ObjectMapper mapper, TokenStore tokens, FaultInjector faults,
      ScheduledExecutorService delayed) {
    this.routes = List.copyOf(routes);
    this.mapper = mapper;
    this.tokens = tokens;
    this.faults = faults;
    this.delayed = delayed;
  }

  @Override
  public void handle(HttpExchange exchange) {
    long started = System.nanoTime();
    String method = exchange.getRequestMethod();
    String path = Objects.requireNonNullElse(exchange.getRequestURI().getPath(), "");
    String instance = Problems.maskPath(path);
    String correlationId = correlationId(exchange.getRequestHeaders().getFirst(CORRELATION_ID));
    Decision fault = Decision.NONE;
    VirtualMachineError fatal = null;
    Response response;
    try {
      Set<String> allowed = new TreeSet<>();
      Matched matched = match(method, path, allowed);
      if (matched == null) {
        response = unmatched(method, allowed, instance);
      } else {
        fault = faults.decide(matched.route().api());
        response = switch (fault.kind()) {
          case ERROR -> injectedError(fault.fault(), instance, correlationId);
          case HANG -> null;
          default -> answer(exchange, matched, method, instance, correlationId);
        };
      }
    } catch (ProblemException e) {
      response = Response.problem(mapper, e.problem(), e.headers());
    } catch (Exception | Error e) {
      LOG.error("{} {} failed with {} at {} [correlation id {}]", Problems.maskForLog(method), instance,
          e.getClass().getName(), origin(e), Problems.maskForLog(correlationId));
      fatal = e instanceof VirtualMachineError vmError ? vmError : null;
      response = Response.problem(mapper, Problems.internalError(correlationId, instance), Map.of());
    }
    Delivery delivery = new Delivery(exchange, response, fault, method, instance, correlationId, started);
    if (fault.kind() == Kind.HANG) {
      schedule(delivery::hangUp, fault.fault().hangFor().toMillis(), delivery);
    } else if (!fault.delay().isZero()) {
      schedule(delivery::send, fault.delay().toMillis(), delivery);
    } else {
      delivery.send();
    }
    if (fatal != null) {
      throw fatal; // answered 500 if it could; the JVM's own trouble is not ours to swallow
    }
  }

  private record Matched(Route route, Matcher match) {}

  /** The route for the method and path; null (with the methods the path answers) if there is none. */
  private Matched match(String method, String path, Set<String> allowed) {
    for (Route route : routes) {
      Matcher match = route.path().matcher(path);
      if (match.matches()) {
        if (route.method().equals(method)) {
          return new Matched(route, match);
        }
        allowed.add(route.method());
      }
    }
    return null;
  }

  private Response unmatched(String method, Set<String> allowed, String instance) {
    if (!allowed.isEmpty()) {
      String allow = String.join(", ", allowed);
      return Response.problem(mapper, Problems.methodNotAllowed(method, allow, instance), Map.of("Allow", allow));
    }
    return Response.problem(mapper, Problems.notFound("No resource at this path.", instance), Map.of());
  }

  private Response answer(HttpExchange exchange, Matched matched, String method, String instance,
      String correlationId) throws Exception {
    StaffUser staff = matched.route().authenticated() ? authenticate(exchange, instance) : null;
    Request request = new Request(method, matched.match(), instance, correlationId,
        exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), readBody(exchange, instance), staff);
    return matched.route().endpoint().answer(request);
  }

  private Response injectedError(ApiFault fault, String instance, String correlationId) {
    boolean unavailable = fault.errorStatus() == 503;
    Problem problem = unavailable
        ? new Problem(Problems.TYPE_BASE + "unavailable", "Service unavailable", 503,
            "The sandbox injected this fault (fault injection); try again after Retry-After seconds.", instance)
        : new Problem(Problems.TYPE_BASE + "internal-error", "Internal server error", 500,
            "The sandbox injected this fault (fault injection) [correlation id " + correlationId + "].", instance);
    return Response.problem(mapper, problem,
        unavailable ? Map.of("Retry-After", Long.toString(fault.retryAfter().toSeconds())) : Map.of());
  }

  private void schedule(Runnable task, long millis, Delivery delivery) {
    try {
      delayed.schedule(task, millis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      delivery.hangUp(); // the server is stopping
    }
  }

  /** Sends one answer (now or later, as the fault says) and writes the debug line. */
  private final class Delivery {
    private final HttpExchange exchange;
    private final Response response;
    private final Decision fault;
    private final String method;
    private final String instance;
    private final String correlationId;
    private final long started;

    Delivery(HttpExchange exchange, Response response, Decision fault, String method, String instance,
        String correlationId, long started) {
      this.exchange = exchange;
      this.response = response;
      this.fault = fault;
      this.method = method;
      this.instance = instance;
      this.correlationId = correlationId;
      this.started = started;
    }

    void send() {
      try {
        SandboxHandler.send(exchange, response, correlationId, fault.kind());
      } catch (IOException | RuntimeException e) {
        LOG.debug("{} {}: the answer could not be sent ({})", Problems.maskForLog(method), instance,
            e.getClass().getSimpleName());
      } finally {
        exchange.close();
        log(response.status());
      }
    }

    /** Closes the connection without an answer. */
    void hangUp() {
      exchange.close();
      log(0);
    }

    private void log(int status) {
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} -> {} in {} ms [correlation id {}]{}", Problems.maskForLog(method), instance, status,
            (System.nanoTime() - started) / 1_000_000, Problems.maskForLog(correlationId),
            fault.kind() == Kind.NONE ? "" : " (injected fault: " + fault.kind().name().toLowerCase(Locale.ROOT) + ")");
      }
    }
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

  private static void send(HttpExchange exchange, Response response, String correlationId, Kind fault)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    headers.set(CORRELATION_ID, correlationId);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    response.headers().forEach(headers::set);
    byte[] body = "HEAD".equals(exchange.getRequestMethod()) ? new byte[0] : response.body();
    if (fault == Kind.MALFORMED && body.length > 0) {
      body = malformed(body);
    }
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      OutputStream out = exchange.getResponseBody();
      if (fault == Kind.TRUNCATED) {
        // Content-Length promised the whole body: send half, and the exchange's close() drops the connection
        out.write(body, 0, body.length / 2);
        out.flush();
        return;
      }
      try (out) {
        out.write(body);
      }
    }
  }

  /** The first half of the body and a tail that no JSON parser accepts. */
  static byte[] malformed(byte[] body) {
    byte[] tail = "<!-- malformed by sandbox fault injection".getBytes(StandardCharsets.US_ASCII);
    byte[] broken = Arrays.copyOf(body, body.length / 2 + tail.length);
    System.arraycopy(tail, 0, broken, body.length / 2, tail.length);
    return broken;
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
