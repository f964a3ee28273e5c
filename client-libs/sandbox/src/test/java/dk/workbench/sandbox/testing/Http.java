package dk.workbench.sandbox.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP over loopback with the JDK client (HTTP/1.1, short timeouts). */
public final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private final URI base;
  private final String token;

  /** Without a token: only the sandbox's own endpoints answer. */
  public Http(URI base) {
    this(base, null);
  }

  private Http(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** With a bearer token for a demo staff user of the role (CALL_AGENT, CASEWORKER, SUPERVISOR). */
  public static Http staff(URI base, String role) {
    HttpResponse<String> answer = new Http(base).post("sandbox/v1/token", "{\"role\":\"" + role + "\"}");
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("no token: " + answer.statusCode() + " " + answer.body());
    }
    String token = answer.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
    return new Http(base, token);
  }

  /** POST a JSON body. */
  public HttpResponse<String> post(String path, String json, String... headers) {
    return send("POST", path, HttpRequest.BodyPublishers.ofString(json), withJson(headers));
  }

  private static String[] withJson(String[] headers) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Content-Type";
    all[headers.length + 1] = "application/json";
    return all;
  }

  /** GET a path relative to the base URL (no leading slash), with header name/value pairs. */
  public HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, headers);
  }

  public HttpResponse<String> send(String method, String path, String... headers) {
    return send(method, path, HttpRequest.BodyPublishers.noBody(), headers);
  }

  private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, body);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
