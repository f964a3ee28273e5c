package dk.workbench.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.problem.Problem;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Executes one request and maps the answer: a 2xx JSON body to the expected type, anything
 * else to the matching {@link ApiException}. Blocking; call it off the UI thread.
 */
public final class JsonCall {
  private final OkHttpClient http;
  private final ObjectMapper mapper;

  public JsonCall(OkHttpClient http, ObjectMapper mapper) {
    this.http = http;
    this.mapper = mapper;
  }

  public <T> T execute(Request request, Class<T> type) throws ApiException {
    return execute(request, mapper.constructType(type));
  }

  public <T> T execute(Request request, JavaType type) throws ApiException {
    Request withId = request.header(HttpClients.CORRELATION_ID) != null
        ? request
        : request.newBuilder().header(HttpClients.CORRELATION_ID, UUID.randomUUID().toString()).build();
    String id = withId.header(HttpClients.CORRELATION_ID);
    String url = Redaction.forLog(withId.url());
    try (Response response = http.newCall(withId).execute()) {
      int status = response.code();
      ResponseBody body = response.body();
      if (response.isSuccessful()) {
        try {
          T value = mapper.readValue(body.byteStream(), type);
          if (value == null) {
            throw new MalformedResponseException(status, id, url, null);
          }
          return value;
        } catch (JacksonException e) {
          throw new MalformedResponseException(status, id, url, e);
        }
      }
      throw errorFor(response, id, url);
    } catch (InterruptedIOException e) {
      throw new ApiTimeoutException(id, url, e);
    } catch (IOException e) {
      throw new ApiConnectionException("The back-end could not be reached", id, url, e);
    }
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

  /** {@code Retry-After} in seconds (the HTTP-date form is not used by our back-ends); null if absent or odd. */
  static Duration retryAfter(String header) {
    if (header == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(header.strip());
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      return null;
    }
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
