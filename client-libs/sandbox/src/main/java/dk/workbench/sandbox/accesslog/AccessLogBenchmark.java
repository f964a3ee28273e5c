package dk.workbench.sandbox.accesslog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.auth.TokenResponse;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.auth.StaffUser;
import dk.workbench.sandbox.population.Archetype;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the first page (100 entries, filtered) of the heavy-history citizen's
 * 1,000,000-entry access log. Starts a sandbox on a free loopback port, fetches a token, and
 * asks for the page with a rotating filter (action, organisation, purpose, period, and two
 * combined): server side by calling the endpoint's handler in-process (parsing, filtering,
 * paging and JSON writing, as inside the HTTP handler), and over loopback HTTP for context.
 * Goal: server-side p95 ≤ 50 ms.
 *
 * <pre>{@code
 * AccessLogBenchmark.Result r = AccessLogBenchmark.run(500);
 * System.out.println(r);
 * }</pre>
 */
public final class AccessLogBenchmark {
  /** The filters rotated through (query strings, each with {@code size=100}). */
  static final List<String> FILTERS = List.of(
      "action=READ",
      "organisation=" + URLEncoder.encode("Udbetaling Danmark", StandardCharsets.UTF_8),
      "purpose=PAYMENT",
      "from=2020-01-01&to=2020-12-31",
      "action=UPDATE&purpose=HEALTH_CARE",
      "organisation=Skattestyrelsen&from=2019-06-01&to=2023-05-31");
  private static final Pattern PATH = Pattern.compile("/accesslog/v1/citizens/([^/]*)/entries");

  private AccessLogBenchmark() {}

  /**
   * The figures, in milliseconds.
   *
   * @param iterations measured requests of each kind (after warm-up)
   * @param coldFirstMillis the very first in-process request (builds the log's block counts)
   * @param p50Millis server side, median
   * @param p95Millis server side, 95th percentile
   * @param maxMillis server side, slowest
   * @param loopbackP50Millis over loopback HTTP, median
   * @param loopbackP95Millis over loopback HTTP, 95th percentile
   * @param loopbackMaxMillis over loopback HTTP, slowest
   */
  public record Result(int iterations, double coldFirstMillis, double p50Millis, double p95Millis, double maxMillis,
      double loopbackP50Millis, double loopbackP95Millis, double loopbackMaxMillis) {

    /** Whether the server-side p95 meets the 50 ms goal. */
    public boolean meetsGoal() {
      return p95Millis <= 50.0;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "access log, heavy citizen (1,000,000 entries), first page of 100 filtered,"
              + " %d requests: server side p50 %.2f ms, p95 %.2f ms, max %.2f ms (cold first %.1f ms);"
              + " loopback HTTP p50 %.2f ms, p95 %.2f ms, max %.2f ms; goal p95 <= 50 ms %s",
          iterations, p50Millis, p95Millis, maxMillis, coldFirstMillis, loopbackP50Millis, loopbackP95Millis,
          loopbackMaxMillis, meetsGoal() ? "met" : "NOT met");
    }
  }

  /** Runs with the default seed. */
  public static Result run(int iterations) {
    return run(SandboxConfig.defaults().withPort(0), iterations);
  }

  /** Runs against a sandbox started with this configuration (give port 0 for a free one). */
  public static Result run(SandboxConfig config, int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations < 1");
    }
    ObjectMapper mapper = ContractsJson.newMapper();
    try (SandboxServer sandbox = SandboxServer.start(config)) {
      String cpr = sandbox.population().archetypes().stream()
          .filter(a -> a.archetype().equals(Archetype.HEAVY_HISTORY.id()))
          .findFirst().orElseThrow(() -> new IllegalStateException("no heavy-history archetype")).cpr();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();
      String token = token(http, sandbox.baseUrl(), mapper);

      AccessLogApi api = new AccessLogApi(
          new SandboxContext(sandbox.population(), mapper, Clock.system(ZoneId.of("Europe/Copenhagen"))));
      StaffUser staff = new StaffUser("benchmark", StaffRole.CALL_AGENT, "Benchmark");
      String path = "/accesslog/v1/citizens/" + cpr + "/entries";
      long start = System.nanoTime();
      inProcess(api, path, FILTERS.get(0), staff);
      double cold = (System.nanoTime() - start) / 1e6;
      int warmUp = Math.max(20, iterations / 10);
      for (int i = 0; i < warmUp; i++) {
        inProcess(api, path, FILTERS.get(i % FILTERS.size()), staff);
        loopback(http, sandbox.baseUrl(), token, path, FILTERS.get(i % FILTERS.size()));
      }
      double[] server = new double[iterations];
      double[] wire = new double[iterations];
      for (int i = 0; i < iterations; i++) {
        String filter = FILTERS.get(i % FILTERS.size());
        long t0 = System.nanoTime();
        inProcess(api, path, filter, staff);
        server[i] = (System.nanoTime() - t0) / 1e6;
        long t1 = System.nanoTime();
        loopback(http, sandbox.baseUrl(), token, path, filter);
        wire[i] = (System.nanoTime() - t1) / 1e6;
      }
      Arrays.sort(server);
      Arrays.sort(wire);
      return new Result(iterations, cold, percentile(server, 50), percentile(server, 95), server[iterations - 1],
          percentile(wire, 50), percentile(wire, 95), wire[iterations - 1]);
    }
  }

  /** Prints the figures for {@code args[0]} iterations (default 500). */
  public static void main(String[] args) {
    System.out.println(run(args.length > 0 ? Integer.parseInt(args[0]) : 500));
  }

  private static void inProcess(AccessLogApi api, String path, String filter, StaffUser staff) {
    Matcher match = PATH.matcher(path);
    if (!match.matches()) {
      throw new IllegalStateException("path does not match the route");
    }
    Response response = api.entries(Request.of("GET", match, "size=100&" + filter, Map.of(), new byte[0], staff));
    if (response.status() != 200) {
      throw new IllegalStateException("the access log answered " + response.status());
    }
  }

  private static void loopback(HttpClient http, URI base, String token, String path, String filter) {
    HttpResponse<byte[]> response = send(http, HttpRequest.newBuilder(base.resolve(path + "?size=100&" + filter))
        .header("Authorization", "Bearer " + token).GET().build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the access log answered " + response.statusCode());
    }
  }

  private static String token(HttpClient http, URI base, ObjectMapper mapper) {
    HttpResponse<byte[]> response = send(http, HttpRequest.newBuilder(base.resolve("/sandbox/v1/token"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"CALL_AGENT\",\"username\":\"benchmark\"}")).build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token: " + response.statusCode());
    }
    try {
      return mapper.readValue(response.body(), TokenResponse.class).accessToken();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<byte[]> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
