package dk.workbench.sandbox;

import com.sun.net.httpserver.HttpServer;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.sandbox.auth.TokenStore;
import dk.workbench.sandbox.cpr.CprApi;
import dk.workbench.sandbox.population.Population;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox back-end: serves the contracts over HTTP on loopback from a deterministic
 * synthetic {@link Population}. Runs embedded (demo mode, tests) or standalone (the app's
 * {@code sandbox} command).
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults())) {
 *   URI base = sandbox.baseUrl();   // http://127.0.0.1:PORT/
 *   // GET base + "cpr/v1/persons/{cpr}", "sandbox/v1/archetypes", "sandbox/v1/health"
 * }
 * }</pre>
 *
 * <p>Endpoints: {@code GET /cpr/v1/persons/{cpr}} (10 digits or ddmmyy-ssss; 400 problem if
 * malformed, 404 problem if unknown), {@code GET /sandbox/v1/archetypes}, {@code GET
 * /sandbox/v1/health}. Other paths answer a 404 problem, other methods a 405 problem, failures
 * a 500 problem; every answer carries the request's {@code X-Correlation-Id} (or a new one).
 * Thread-safe; {@link #close()} stops it.
 */
public final class SandboxServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
  private static final int THREADS = 4;
  private static final int BACKLOG = 64;
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  static {
    // The JDK server writes the headers and the body as two TCP segments; without TCP_NODELAY,
    // Nagle's algorithm holds the body until the client's delayed ACK (~40 ms), which caps a
    // keep-alive connection at ~25 requests a second. The JDK reads this property once, when its
    // first HttpServer is created, so it is set here unless someone chose otherwise.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Population population;
  private final URI baseUrl;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SandboxServer(HttpServer server, ExecutorService executor, Population population, URI baseUrl) {
    this.server = server;
    this.executor = executor;
    this.population = population;
    this.baseUrl = baseUrl;
  }

  /**
   * Draws the population for {@code config.seed()} and starts listening.
   *
   * @throws IllegalArgumentException if the host is not a loopback address
   * @throws UncheckedIOException if the port cannot be bound (cause: the {@link IOException},
   *     e.g. a {@link java.net.BindException} when the port is taken)
   */
  public static SandboxServer start(SandboxConfig config) {
    Objects.requireNonNull(config, "config == null");
    long started = System.nanoTime();
    Population population = Population.generate(config.seed());
    LOG.info("Sandbox population for seed {}: {} synthetic persons drawn in {} ms", config.seed(), population.size(),
        (System.nanoTime() - started) / 1_000_000);
    return start(config, population, Clock.system(DANISH_TIME), List.of());
  }

  /**
   * For tests: serve a given population, with a clock for "today" and extra routes (e.g. one
   * that fails on purpose) tried after the real ones.
   */
  static SandboxServer start(SandboxConfig config, Population population, Clock clock, List<Route> extraRoutes) {
    InetAddress address = loopback(config.host());
    var mapper = ContractsJson.newMapper();
    var context = new SandboxContext(population, mapper, clock);
    var tokens = new TokenStore(clock);
    List<Route> routes = new ArrayList<>();
    for (SandboxModule module : modules(context, tokens)) {
      routes.addAll(module.routes());
    }
    routes.addAll(extraRoutes);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(address, config.port()), BACKLOG);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not listen on " + config.host() + ":" + config.port(), e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, threadFactory());
    server.createContext("/", new SandboxHandler(routes, mapper, tokens));
    server.setExecutor(executor);
    server.start();
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress() instanceof Inet6Address
        ? "[" + bound.getAddress().getHostAddress() + "]"
        : bound.getAddress().getHostAddress();
    URI baseUrl = URI.create("http://" + host + ":" + bound.getPort() + "/");
    LOG.info("Sandbox listening on {}", baseUrl);
    return new SandboxServer(server, executor, population, baseUrl);
  }

  /** Every API served; add a new one here. */
  private static List<SandboxModule> modules(SandboxContext context, TokenStore tokens) {
    return List.of(
        new SandboxApi(context, tokens),
        new CprApi(context));
  }

  /** The root of every API, with a trailing slash: {@code http://127.0.0.1:PORT/}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The port actually bound (the free one chosen when the configured port was 0). */
  public int port() {
    return baseUrl.getPort();
  }

  /** The people served. */
  public Population population() {
    return population;
  }

  /** Stops listening and ends the worker threads. Idempotent; never throws. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    LOG.info("Sandbox on port {} stopped", port());
  }

  private static InetAddress loopback(String host) {
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("Unknown host for the sandbox: " + host, e);
    }
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException("The sandbox only listens on loopback, not on " + host);
    }
    return address;
  }

  private static ThreadFactory threadFactory() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "sandbox-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      thread.setUncaughtExceptionHandler((t, e) ->
          LOG.error("Uncaught {} in thread {}", e.getClass().getName(), t.getName()));
      return thread;
    };
  }
}
