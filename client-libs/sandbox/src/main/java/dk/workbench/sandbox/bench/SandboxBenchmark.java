package dk.workbench.sandbox.bench;

import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.auth.TokenResponse;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of the sandbox's person endpoint on loopback: {@code threads} clients, each on
 * one keep-alive connection with a CASEWORKER token, look up persons of the default population
 * ({@code GET /cpr/v1/persons/{cpr}}, a deterministic sequence per thread) as fast as the
 * answers come, for {@code duration} after a short warm-up. Goal on 2 cores: 2,000 requests a
 * second or more.
 *
 * <pre>{@code
 * SandboxBenchmark.Result result = SandboxBenchmark.run(4, Duration.ofSeconds(10));
 * System.out.println(result); // e.g. "4 threads, 10 s: 41,200 requests, 4,120/s, p50 0.8 ms ..."
 * }</pre>
 */
public final class SandboxBenchmark {
  private SandboxBenchmark() {}

  /**
   * What one run measured.
   *
   * @param threads client threads
   * @param duration the measured time (warm-up excluded)
   * @param requests answers counted
   * @param errors answers other than 200, and failed requests
   * @param requestsPerSecond requests / duration
   * @param p50Millis median latency
   * @param p95Millis 95th percentile latency
   * @param p99Millis 99th percentile latency
   */
  public record Result(int threads, Duration duration, long requests, long errors, double requestsPerSecond,
      double p50Millis, double p95Millis, double p99Millis) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d threads, %.1f s: %,d requests (%d errors), %,.0f/s, p50 %.2f ms, "
          + "p95 %.2f ms, p99 %.2f ms", threads, duration.toMillis() / 1000.0, requests, errors, requestsPerSecond,
          p50Millis, p95Millis, p99Millis);
    }
  }

  /** Starts a sandbox (default seed, free loopback port), measures it and stops it. */
  public static Result run(int threads, Duration duration) {
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("threads must be from 1 to 64, not " + threads);
    }
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive");
    }
    try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
      List<String> cprs = server.population().persons().stream().map(Person::personnummer).toList();
      String token = token(server.baseUrl());
      Duration warmUp = Duration.ofMillis(Math.min(1_000, duration.toMillis() / 5 + 1));
      measure(server.baseUrl(), token, cprs, threads, warmUp);
      return measure(server.baseUrl(), token, cprs, threads, duration);
    }
  }

  private static Result measure(URI base, String token, List<String> cprs, int threads, Duration duration) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sandbox-bench");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch start = new CountDownLatch(1);
    List<Future<long[]>> workers = new ArrayList<>();
    long[] errors = new long[threads];
    for (int i = 0; i < threads; i++) {
      int worker = i;
      workers.add(pool.submit(() -> {
        SplittableRandom random = new SplittableRandom(worker);
        long[] latencies = new long[1 << 16];
        int n = 0;
        start.await();
        long end = System.nanoTime() + duration.toNanos();
        for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
          String cpr = cprs.get(random.nextInt(cprs.size()));
          if (!lookUp(base, token, cpr)) {
            errors[worker]++;
          }
          if (n == latencies.length) {
            latencies = Arrays.copyOf(latencies, n * 2);
          }
          latencies[n++] = System.nanoTime() - now;
        }
        return Arrays.copyOf(latencies, n);
      }));
    }
    long started = System.nanoTime();
    start.countDown();
    List<long[]> all = new ArrayList<>();
    try {
      for (Future<long[]> w : workers) {
        all.add(w.get());
      }
    } catch (Exception e) {
      throw new IllegalStateException("a benchmark thread failed", e);
    } finally {
      pool.shutdownNow();
    }
    long elapsed = System.nanoTime() - started;
    long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(threads, Duration.ofNanos(elapsed), latencies.length, Arrays.stream(errors).sum(),
        latencies.length / (elapsed / 1e9), percentile(latencies, 50), percentile(latencies, 95),
        percentile(latencies, 99));
  }

  /** One look-up on the thread's keep-alive connection; true for a 200 with a body. */
  private static boolean lookUp(URI base, String token, String cpr) {
    try {
      HttpURLConnection http = (HttpURLConnection) base.resolve("cpr/v1/persons/" + cpr).toURL().openConnection();
      http.setRequestProperty("Authorization", "Bearer " + token);
      http.setRequestProperty("Accept", "application/json");
      int status = http.getResponseCode();
      try (InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
        byte[] body = in == null ? new byte[0] : in.readAllBytes(); // read fully so the connection is reused
        return status == 200 && body.length > 0;
      }
    } catch (IOException e) {
      return false;
    }
  }

  private static String token(URI base) {
    try {
      HttpURLConnection http = (HttpURLConnection) base.resolve("sandbox/v1/token").toURL().openConnection();
      http.setRequestMethod("POST");
      http.setDoOutput(true);
      http.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = http.getOutputStream()) {
        out.write("{\"role\":\"CASEWORKER\",\"username\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
      }
      try (InputStream in = http.getInputStream()) {
        return ContractsJson.newMapper().readValue(in, TokenResponse.class).accessToken();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("no token from the sandbox", e);
    }
  }

  private static double percentile(long[] sortedNanos, int p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, index)] / 1e6;
  }

  /** {@code java … SandboxBenchmark [threads] [seconds]}; prints the result. */
  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    System.out.println(run(threads, Duration.ofSeconds(seconds)));
  }
}
