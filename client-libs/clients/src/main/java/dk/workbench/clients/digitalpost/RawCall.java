package dk.workbench.clients.digitalpost;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.problem.Problem;
import dk.workbench.http.ApiConnectionException;
import dk.workbench.http.ApiException;
import dk.workbench.http.ApiTimeoutException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.MalformedResponseException;
import dk.workbench.http.NotFoundException;
import dk.workbench.http.Redaction;
import dk.workbench.http.ServerErrorException;
import dk.workbench.http.UnauthorizedException;
import dk.workbench.http.UnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A call whose 2xx answer is not JSON (MeMo XML, a PDF): the body's bytes, bounded, with the
 * same typed exceptions as {@link dk.workbench.http.JsonCall} for everything else. Retries are
 * the shared client's, as for every call. (JsonCall has no raw-body variant to reuse; when it
 * gets one, this goes.)
 */
final class RawCall {
  private final OkHttpClient http;
  private final ObjectMapper json = ContractsJson.newMapper();

  RawCall(OkHttpClient http) {
    this.http = http;
  }

  /** A 2xx answer's body; more than {@code maxBytes} is a {@link MalformedResponseException}. */
  byte[] execute(Request request, int maxBytes) throws ApiException {
    Request withId = request.header(HttpClients.CORRELATION_ID) != null ? request
        : request.newBuilder().header(HttpClients.CORRELATION_ID, UUID.randomUUID().toString()).build();
    String id = withId.header(HttpClients.CORRELATION_ID);
    String url = Redaction.forLog(withId.url());
    try (Response response = http.newCall(withId).execute()) {
      int status = response.code();
      if (!response.isSuccessful()) {
        throw errorFor(response, id, url);
      }
      try (InputStream in = response.body().byteStream()) {
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
          throw new MalformedResponseException(status, id, url, new IOException("body over " + maxBytes + " bytes"));
        }
        return body;
      }
    } catch (InterruptedIOException e) {
      throw new ApiTimeoutException(id, url, e);
    } catch (IOException e) {
      throw new ApiConnectionException("The back-end could not be reached", id, url, e);
    }
  }

  private ApiException errorFor(Response response, String id, String url) {
    int status = response.code();
    Problem problem = readProblem(response);
    return switch (status) {
      case 401 -> new UnauthorizedException(id, url, problem);
      case 403 -> new ForbiddenException(id, url, problem);
      case 404 -> new NotFoundException(id, url, problem);
      case 429, 503 -> new UnavailableException(status, id, url, problem, retryAfter(response.header("Retry-After")));
      default -> status < 500 ? new ClientErrorException(status, id, url, problem)
          : new ServerErrorException(status, id, url, problem);
    };
  }

  private Problem readProblem(Response response) {
    try {
      String text = response.body().string();
      return text.isBlank() ? null : json.readValue(text, Problem.class);
    } catch (IOException e) {
      return null;
    }
  }

  private static Duration retryAfter(String header) {
    try {
      long seconds = header == null ? -1 : Long.parseLong(header.strip());
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
