package dk.workbench.sandbox.decisions;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import dk.workbench.contracts.testing.OpenApiValidation;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.testing.Http;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The real sandbox on a free loopback port, with staff users of each role, and every exchange of
 * {@link #get} checked against the OpenAPI files by Atlassian's validator.
 */
public final class ValidatedSandbox implements AutoCloseable {
  private final SandboxServer server;
  private final OpenApiValidation contract;
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private int validated;

  public ValidatedSandbox(String... openApiResources) {
    this.server = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    this.contract = OpenApiValidation.of(openApiResources);
  }

  public SandboxServer server() {
    return server;
  }

  /** A client for a demo staff user of the role (CALL_AGENT, CASEWORKER, SUPERVISOR). */
  public Http staff(String role) {
    return Http.staff(server.baseUrl(), role);
  }

  /** GET {@code pathAndQuery} (relative, no leading slash) as {@code http}, validating the exchange. */
  public HttpResponse<String> get(Http http, String pathAndQuery) {
    return get(http, pathAndQuery, false);
  }

  /** GET a deliberately invalid request: only the answer is validated. */
  public HttpResponse<String> getInvalid(Http http, String pathAndQuery) {
    return get(http, pathAndQuery, true);
  }

  private HttpResponse<String> get(Http http, String pathAndQuery, boolean invalidRequest) {
    HttpResponse<String> response = http.get(pathAndQuery);
    URI uri = URI.create("/" + pathAndQuery);
    SimpleRequest.Builder request = new SimpleRequest.Builder("GET", uri.getRawPath())
        .withHeader("Authorization", "Bearer token")
        .withHeader("Accept", "application/json");
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        request.withQueryParam(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
      }
    }
    SimpleResponse.Builder answer = new SimpleResponse.Builder(response.statusCode());
    response.headers().map().forEach((name, values) -> values.forEach(v -> answer.withHeader(name, v)));
    if (!response.body().isEmpty()) {
      answer.withBody(response.body());
    }
    for (String violation : contract.check(request.build(), answer.build())) {
      if (!invalidRequest || !violation.contains(": validation.request.")) {
        violations.add(violation);
      }
    }
    validated++;
    return response;
  }

  /** What did not conform so far. */
  public List<String> violations() {
    synchronized (violations) {
      return List.copyOf(violations);
    }
  }

  public int validatedExchanges() {
    return validated;
  }

  @Override
  public void close() {
    server.close();
  }
}
