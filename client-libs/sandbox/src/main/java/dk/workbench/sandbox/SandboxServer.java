package dk.workbench.sandbox;

import com.sun.net.httpserver.HttpServer;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.sandbox.auth.TokenStore;
import dk.workbench.sandbox.accesslog.AccessLogApi;
import dk.workbench.sandbox.benefits.BenefitsApi;
import dk.workbench.sandbox.cases.CasesApi;
import dk.workbench.sandbox.cpr.CprApi;
import dk.workbench.sandbox.decisions.DecisionBook;
import dk.workbench.sandbox.decisions.DecisionsApi;
import dk.workbench.sandbox.digitalpost.DigitalPostApi;
import dk.workbench.sandbox.fuldmagt.FuldmagtApi;
import dk.workbench.sandbox.interactions.InteractionsApi;
import dk.workbench.sandbox.letters.LettersApi;
import dk.workbench.sandbox.faults.FaultInjector;
import dk.workbench.sandbox.faults.FaultsApi;
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
import java.util.concurrent.ScheduledExecutorService;
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
 * <p>Endpoints: every API module of {@code modules(…)} (each needs a bearer token), and the
 * sandbox's own open ones: {@code POST /sandbox/v1/token}, {@code GET/POST/DELETE
 * /sandbox/v1/faults}, {@code GET /sandbox/v1/archetypes}, {@code GET /sandbox/v1/health}.
 * Other paths answer a 404 problem, other methods a 405 problem, failures a 500 problem; every
 * answer carries the request's {@code X-Correlation-Id} (or a new one). Faults (latency,
 * errors, hangs, malformed and truncated bodies) are injected per API as the config and
 * {@link #faults()} say. Thread-safe; {@link #close()} stops it.
 */
public final class SandboxServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
  private static final int THREADS = 4;
  /** Threads that send answers held back by injected latency and close hanging requests. */
  private static final int DELAY_THREADS = 2;
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
  private final ScheduledExecutorService delayed;
  private final FaultInjector faults;
  private final Population population;
  private final URI baseUrl;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SandboxServer(HttpServer server, ExecutorService executor, ScheduledExecutorService delayed,
      FaultInjector faults, Population population, URI baseUrl) {
    this.server = server;
    this.executor = executor;
    this.delayed = delayed;
    this.faults = faults;
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
   * Serves an already drawn population (one shared between tests, say) instead of drawing the
   * config's seed.
   */
  public static SandboxServer start(SandboxConfig config, Population population) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(population, "population == null");
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
    var faults = new FaultInjector(config.faults());
    List<Route> routes = new ArrayList<>();
    for (SandboxModule module : modules(context, tokens, faults)) {
      routes.addAll(module.routes());
    }
    routes.addAll(extraRoutes);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(address, config.port()), BACKLOG);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not listen on " + config.host() + ":" + config.port(), e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, threadFactory("sandbox-http-"));
    ScheduledExecutorService delayed = Executors.newScheduledThreadPool(DELAY_THREADS, threadFactory("sandbox-delay-"));
    server.createContext("/", new SandboxHandler(routes, mapper, tokens, faults, delayed));
    server.setExecutor(executor);
    server.start();
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress() instanceof Inet6Address
        ? "[" + bound.getAddress().getHostAddress() + "]"
        : bound.getAddress().getHostAddress();
    URI baseUrl = URI.create("http://" + host + ":" + bound.getPort() + "/");
    LOG.info("Sandbox listening on {}", baseUrl);
    if (!config.faults().isNone()) {
      LOG.info("Sandbox fault injection: {}", config.faults().toText());
    }
    return new SandboxServer(server, executor, delayed, faults, population, baseUrl);
  }

  /** Every API served; add a new one here. */
  private static List<SandboxModule> modules(SandboxContext context, TokenStore tokens, FaultInjector faults) {
    DecisionBook decisions = new DecisionBook(context);
    return List.of(
        new SandboxApi(context, tokens, decisions::wrongDecisions),
        new FaultsApi(context, faults),
        new AccessLogApi(context),
        new FuldmagtApi(context),
        new InteractionsApi(context),
        new LettersApi(context),
        new CprApi(context),
        new DigitalPostApi(context),
        new CasesApi(context, decisions),
        new BenefitsApi(context, decisions),
        new DecisionsApi(context, decisions));
  }

  /** The root of every API, with a trailing slash: {@code http://127.0.0.1:PORT/}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The port actually bound (the free one chosen when the configured port was 0). */
  public int port() {
    return baseUrl.getPort();
  }

  /** The faults injected now; {@link FaultInjector#set} changes them at run time. */
  public FaultInjector faults() {
    return faults;
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
    delayed.shutdownNow(); // held answers and hanging requests are dropped with their connections
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

  private static ThreadFactory threadFactory(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      thread.setUncaughtExceptionHandler((t, e) ->
          LOG.error("Uncaught {} in thread {}", e.getClass().getName(), t.getName()));
      return thread;
    };
  }
}
