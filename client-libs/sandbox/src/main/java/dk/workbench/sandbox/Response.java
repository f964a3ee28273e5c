package dk.workbench.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.problem.Problem;
import java.io.UncheckedIOException;
import java.util.Map;

/** What one endpoint answers: status, media type, body bytes and any extra headers. */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
  public static final String JSON = "application/json";

  public static Response json(ObjectMapper mapper, int status, Object value) {
    return new Response(status, JSON, write(mapper, value), Map.of());
  }

  /** {@code 204 No Content}. */
  public static Response noContent() {
    return new Response(204, JSON, new byte[0], Map.of());
  }

  public static Response problem(ObjectMapper mapper, Problem problem, Map<String, String> headers) {
    return new Response(problem.status(), Problem.MEDIA_TYPE, write(mapper, problem), headers);
  }

  /** This answer with one more header. */
  public Response withHeader(String name, String value) {
    var all = new java.util.LinkedHashMap<>(headers);
    all.put(name, value);
    return new Response(status, contentType, body, all);
  }

  private static byte[] write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
