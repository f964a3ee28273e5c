package dk.workbench.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.problem.Problem;
import java.io.UncheckedIOException;
import java.util.Map;

/** What one endpoint answers: status, media type, body bytes and any extra headers. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON = "application/json";

  static Response json(ObjectMapper mapper, int status, Object value) {
    return new Response(status, JSON, write(mapper, value), Map.of());
  }

  static Response problem(ObjectMapper mapper, Problem problem, Map<String, String> headers) {
    return new Response(problem.status(), Problem.MEDIA_TYPE, write(mapper, problem), headers);
  }

  private static byte[] write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
