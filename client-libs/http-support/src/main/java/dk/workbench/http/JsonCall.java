package dk.workbench.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.problem.Problem;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Executes one request and maps the answer: a 2xx JSON body to the expected type (or, with
 * {@link #executeForBytes}, a 2xx body of another kind to its bytes), anything else to the
 * matching {@link ApiException}. Blocking; call it off the UI thread. Retries
 * happen in the shared client (see {@link RetryPolicy}), within the call's deadline: the
 * client's {@code callTimeout}, or the one given with {@link #withDeadline(Duration)}.
 */
public final class JsonCall {
  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final Duration deadline;

  public JsonCall(OkHttpClient http, ObjectMapper mapper) {
    this(http, mapper, null);
  }

  private JsonCall(OkHttpClient http, ObjectMapper mapper, Duration deadline) {
    this.http = Objects.requireNonNull(http, "http == null");
    this.mapper = Objects.requireNonNull(mapper, "mapper == null");
    this.deadline = deadline;
  }

  /**
   * The same, with a deadline for each whole call (every attempt and wait included) instead of
   * the client's {@code callTimeout}; when it passes, the call fails with an
   * {@link ApiTimeoutException}.
   */
  public JsonCall withDeadline(Duration deadline) {
    Objects.requireNonNull(deadline, "deadline == null");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive");
    }
    return new JsonCall(http, mapper, deadline);
  }

  /** Sends the request and reads a 2xx answer as {@code type}; see {@link #execute(Request, JavaType)}. */
  public <T> T execute(Request request, Class<T> type) throws ApiException {
    return execute(request, mapper.constructType(type));
  }

  /**
   * Sends the request and reads a 2xx answer as {@code type}.
   *
   * @throws NotFoundException 404
   * @throws UnauthorizedException 401
   * @throws ForbiddenException 403
   * @throws UnavailableException 429 or 503 (with the back-end's {@code Retry-After})
   * @throws ClientErrorException any other 4xx
   * @throws ServerErrorException any other 5xx
   * @throws MalformedResponseException a 2xx body that is not JSON of the type
   * @throws ApiTimeoutException the deadline or a read timeout passed, also while the body was read
   * @throws ApiConnectionException the back-end could not be reached or the connection broke
   */
  public <T> T execute(Request request, JavaType type) throws ApiException {
    return send(request, (body, status, id, url) -> read(body.byteStream(), type, status, id, url));
  }

  /**
   * Sends the request and answers a 2xx answer's body as it is (MeMo XML, a PDF), with the same
   * exceptions as {@link #execute(Request, JavaType)} for everything else.
   *
   * @param maxBytes the longest body accepted
   * @throws MalformedResponseException a 2xx body longer than {@code maxBytes}
   * @throws ApiException as {@link #execute(Request, JavaType)}
   */
  public byte[] executeForBytes(Request request, int maxBytes) throws ApiException {
    if (maxBytes < 0 || maxBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxBytes must be from 0 to " + (Integer.MAX_VALUE - 1));
    }
    return send(request, (body, status, id, url) -> {
      byte[] bytes = body.byteStream().readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new MalformedResponseException(status, id, url, new IOException("body over " + maxBytes + " bytes"));
      }
      return bytes;
    });
  }

  /** Reads a 2xx answer's body; an {@link IOException} is the connection's failure. */
  @FunctionalInterface
  private interface BodyReader<T> {
    T read(ResponseBody body, int status, String id, String url) throws IOException, ApiException;
  }

  /** Sends the request with a correlation id and the deadline; a 2xx answer goes to {@code reader}, any other is mapped. */
  private <T> T send(Request request, BodyReader<T> reader) throws ApiException {
    Request withId = request.header(HttpClients.CORRELATION_ID) != null
        ? request
        : request.newBuilder().header(HttpClients.CORRELATION_ID, UUID.randomUUID().toString()).build();
    String id = withId.header(HttpClients.CORRELATION_ID);
    String url = Redaction.forLog(withId.url());
    Call call = http.newCall(withId);
    if (deadline != null) {
      call.timeout().timeout(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }
    try (Response response = call.execute()) {
      if (response.isSuccessful()) {
        return reader.read(response.body(), response.code(), id, url);
      }
      throw errorFor(response, id, url);
    } catch (InterruptedIOException e) {
      throw new ApiTimeoutException(id, url, e);
    } catch (IOException e) {
      throw new ApiConnectionException("The back-end could not be reached", id, url, e);
    }
  }

  /**
   * A successful answer's body as the expected type: malformed JSON, JSON of another shape, or
   * {@code null} is a {@link MalformedResponseException}; an {@link IOException} is the
   * connection's failure, also when Jackson wraps it (a read timeout or a broken connection
   * mid-body).
   */
  <T> T read(InputStream body, JavaType type, int status, String id, String url) throws IOException,
      MalformedResponseException {
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw new MalformedResponseException(status, id, url, null);
      }
      return value;
    } catch (JacksonException | CharConversionException e) {
      // CharConversionException: bytes that are no valid UTF-8/16/32 (Jackson's readers throw it, not a JacksonException)
      IOException connection = connectionFailure(e);
      if (connection != null) {
        throw connection;
      }
      throw new MalformedResponseException(status, id, url, withoutValues(e));
    }
  }

  /** The stream's own failure in the parser's cause chain, or null when the bytes themselves were wrong. */
  private static IOException connectionFailure(IOException parserFailure) {
    for (Throwable cause = parserFailure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io && !(io instanceof JacksonException) && !(io instanceof CharConversionException)) {
        return io;
      }
    }
    return null;
  }

  /**
   * The parser's failure without its message, which may quote the body (a name, a CPR number):
   * the exception type, where in the JSON (field path, or line and column) and the stack trace.
   */
  static IOException withoutValues(IOException e) {
    String where = "";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
      }
      where = " at $" + path;
    } else if (e instanceof JacksonException jackson && jackson.getLocation() != null) {
      where = " at line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr();
    }
    IOException safe = new IOException(e.getClass().getSimpleName() + where);
    safe.setStackTrace(e.getStackTrace());
    return safe;
  }

  /** The typed exception for an error answer (status 4xx or 5xx). */
  ApiResponseException errorFor(Response response, String id, String url) {
    int status = response.code();
    Problem problem = readProblem(response.body());
    return switch (status) {
      case 401 -> new UnauthorizedException(id, url, problem);
      case 403 -> new ForbiddenException(id, url, problem);
      case 404 -> new NotFoundException(id, url, problem);
      case 429, 503 -> new UnavailableException(status, id, url, problem, retryAfter(response.header("Retry-After")));
      default -> status < 500 ? new ClientErrorException(status, id, url, problem)
          : new ServerErrorException(status, id, url, problem);
    };
  }

  /** {@code Retry-After} (seconds or an HTTP-date); null if absent or odd. */
  static Duration retryAfter(String header) {
    return RetryAfter.parse(header, Instant.now());
  }

  /** The problem body if the error answer has one; an unreadable one is no reason to hide the status. */
  private Problem readProblem(ResponseBody body) {
    try {
      String text = body.string();
      return text.isBlank() ? null : mapper.readValue(text, Problem.class);
    } catch (IOException e) {
      return null;
    }
  }
}
