package dk.workbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.app.BackendEndpoint;
import dk.workbench.app.ServiceContext;
import dk.workbench.app.WorkbenchProperties;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.sandbox.population.Population;
import dk.workbench.service.access.AccessDecision;
import dk.workbench.service.access.AccessGuard;
import dk.workbench.service.overview.OverviewService;
import dk.workbench.service.overview.SectionResult;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import dk.workbench.ui.overview.SectionPresenter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code workbench bench overview}: complete-overview time against a sandbox whose APIs answer
 * in 50–400 ms, compared with the slowest API alone; and the memory of nine open citizens.
 */
@Command(
    name = "overview",
    mixinStandardHelpOptions = true,
    description = {
      "Looks citizens up N times against the embedded sandbox with latencies spread 50-400 ms across",
      "the APIs, and reports p50/p95 time to the complete overview and to the first section shown,",
      "the slowest API's own p95 and the ratio overview p95 / slowest p95 (goal <= 1.10); then opens",
      "nine citizens (the heavy one included) as the window's tabs do and reports the heap after GC",
      "(goal <= 512 MB). The last line is one JSON object with the figures."
    })
final class BenchOverview implements Callable<Integer> {
  /** Latency per API: the slowest (interactions) is a single call per overview, so its p95 is the floor. */
  static final String LATENCIES = "cpr:latency=50ms,jitter=20ms;accesslog:latency=80ms,jitter=20ms;"
      + "fuldmagt:latency=120ms,jitter=30ms;benefits:latency=170ms,jitter=30ms;cases:latency=220ms,jitter=40ms;"
      + "digitalpost:latency=270ms,jitter=40ms;interactions:latency=350ms,jitter=50ms";

  @Spec CommandSpec spec;

  @Option(names = "--lookups", defaultValue = "200", description = "Look-ups to time. Default: ${DEFAULT-VALUE}.")
  int lookups;

  @Option(names = "--offline", description = "Instead: every back-end down, the overview from the local cache "
      + "(p95 to all sections shown; goal <= 300 ms).")
  boolean offline;

  @Override
  public Integer call() throws Exception {
    if (lookups < 10) {
      throw new ParameterException(spec.commandLine(), "--lookups must be at least 10");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (offline) {
      return offline(out);
    }
    try (var context = ServiceContext.start("--workbench.sandbox.faults=" + LATENCIES)) {
      Setup setup = Setup.of(context);
      OverviewService overview = setup.overview();
      AccessDecision access = setup.access();
      List<CprNumber> citizens = setup.citizens();
      var role = context.getBean(WorkbenchProperties.class).staff().role();

      out.printf("Sandbox latencies: %s%n", LATENCIES);
      for (int i = 0; i < 20; i++) { // warm-up: JIT, connections, token, the sandbox's lazy tables
        overview.open(citizens.get(i % citizens.size()), Purpose.CASEWORK, access, r -> {}).get(1, TimeUnit.MINUTES);
      }
      List<Long> complete = new ArrayList<>();
      List<Long> first = new ArrayList<>();
      long failed = 0;
      for (int i = 0; i < lookups; i++) {
        long start = System.nanoTime();
        AtomicLong firstAt = new AtomicLong();
        List<SectionResult> results = overview.open(citizens.get(i % citizens.size()), Purpose.CASEWORK, access,
            r -> firstAt.compareAndSet(0, System.nanoTime())).get(1, TimeUnit.MINUTES);
        complete.add(System.nanoTime() - start);
        first.add(firstAt.get() - start);
        failed += results.stream().filter(r -> r instanceof SectionResult.Failed).count();
      }
      List<Long> slowest = slowestApiAlone(context.getBean(ApiEndpoint.class), citizens);
      double overviewP95 = ms(percentile(complete, 95));
      double slowestP95 = ms(percentile(slowest, 95));
      double heapMb = nineTabsHeapMb(context, citizens, role);

      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("benchmark", "overview");
      figures.put("lookups", lookups);
      figures.put("overviewP50Ms", ms(percentile(complete, 50)));
      figures.put("overviewP95Ms", overviewP95);
      figures.put("firstSectionP50Ms", ms(percentile(first, 50)));
      figures.put("firstSectionP95Ms", ms(percentile(first, 95)));
      figures.put("slowestApi", "interactions");
      figures.put("slowestApiP95Ms", slowestP95);
      figures.put("ratio", round(overviewP95 / slowestP95));
      figures.put("failedSections", failed);
      figures.put("nineTabsHeapMb", heapMb);
      out.printf("Complete overview: p50 %.1f ms, p95 %.1f ms (%d look-ups, %d failed sections)%n",
          figures.get("overviewP50Ms"), overviewP95, lookups, failed);
      out.printf("First section shown: p50 %.1f ms, p95 %.1f ms%n", figures.get("firstSectionP50Ms"),
          figures.get("firstSectionP95Ms"));
      out.printf("Slowest API alone (interactions): p95 %.1f ms; ratio overview/slowest %.2f (goal <= 1.10)%n",
          slowestP95, figures.get("ratio"));
      out.printf("Nine open citizens (heavy one included): heap after GC %.0f MB (goal <= 512 MB)%n", heapMb);
      out.println(new ObjectMapper().writeValueAsString(figures));
      return 0;
    }
  }

  /**
   * Fills a fresh cache with every section of a hundred citizens, takes every back-end down
   * (error 500 on every API), then times complete overviews: each section must come from the cache.
   */
  private int offline(PrintWriter out) throws Exception {
    Path cache = Files.createTempDirectory("workbench-bench-cache");
    try (var context = ServiceContext.start("--workbench.cache.directory=" + cache)) {
      Setup setup = Setup.of(context);
      OverviewService overview = setup.overview();
      AccessDecision access = setup.access();
      List<CprNumber> citizens = setup.citizens();
      for (CprNumber cpr : citizens) {
        overview.open(cpr, Purpose.CASEWORK, access, r -> {}).get(1, TimeUnit.MINUTES);
      }
      setFaults(context.getBean(BackendEndpoint.class).baseUrl(), "*:error=100%,status=500");
      List<Long> complete = new ArrayList<>();
      long notCached = 0;
      for (int i = 0; i < lookups; i++) {
        long start = System.nanoTime();
        List<SectionResult> results = overview.open(citizens.get(i % citizens.size()), Purpose.CASEWORK, access, r -> {})
            .get(1, TimeUnit.MINUTES);
        complete.add(System.nanoTime() - start);
        notCached += results.stream().filter(r -> !(r instanceof SectionResult.Cached)).count();
      }
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("benchmark", "overview-offline");
      figures.put("lookups", lookups);
      figures.put("overviewP50Ms", ms(percentile(complete, 50)));
      figures.put("overviewP95Ms", ms(percentile(complete, 95)));
      figures.put("sectionsNotFromCache", notCached);
      out.printf("Every back-end down, overview from the local cache: p50 %.1f ms, p95 %.1f ms (%d look-ups; "
          + "%d sections not from the cache) (goal p95 <= 300 ms)%n", figures.get("overviewP50Ms"),
          figures.get("overviewP95Ms"), lookups, notCached);
      out.println(new ObjectMapper().writeValueAsString(figures));
      return 0;
    }
  }

  private static void setFaults(URI sandbox, String text) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(sandbox.resolve("sandbox/v1/faults")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("the sandbox refused the faults: " + answer.statusCode());
    }
  }

  /** The overview service, casework access for the configured role, and the citizens to look up. */
  private record Setup(OverviewService overview, AccessDecision access, List<CprNumber> citizens) {
    static Setup of(org.springframework.context.ApplicationContext context) throws Exception {
      WorkbenchProperties properties = context.getBean(WorkbenchProperties.class);
      return new Setup(context.getBean(OverviewService.class),
          context.getBean(AccessGuard.class).decide(properties.staff().role(), Purpose.CASEWORK),
          BenchOverview.citizens(properties.sandbox().seed()));
    }
  }

  /** A hundred citizens spread over the population (ordinary histories). */
  private static List<CprNumber> citizens(long seed) throws Exception {
    Population population = Population.generate(seed);
    List<CprNumber> citizens = new ArrayList<>();
    for (int i = 0; i < population.size() && citizens.size() < 100; i += population.size() / 100) {
      citizens.add(CprNumber.parse(population.persons().get(i).personnummer()));
    }
    return citizens;
  }

  /** The slowest API's own latency distribution: the same number of single calls, four at a time. */
  private List<Long> slowestApiAlone(ApiEndpoint endpoint, List<CprNumber> citizens) throws Exception {
    InteractionsClient interactions = new InteractionsClient(endpoint);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> timings = new ArrayList<>();
      for (int i = 0; i < lookups; i++) {
        CprNumber cpr = citizens.get(i % citizens.size());
        timings.add(pool.submit(() -> {
          long start = System.nanoTime();
          interactions.interactions(cpr);
          return System.nanoTime() - start;
        }));
      }
      List<Long> result = new ArrayList<>();
      for (Future<Long> timing : timings) {
        result.add(timing.get(1, TimeUnit.MINUTES));
      }
      return result;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Opens nine citizens, the heavy one among them, in the tabs' view models, waits for every section, and weighs the heap. */
  private static double nineTabsHeapMb(org.springframework.context.ApplicationContext context, List<CprNumber> citizens,
      dk.workbench.contracts.auth.StaffRole role) throws Exception {
    Messages messages = new Messages(Locale.forLanguageTag("da"));
    OverviewService overview = context.getBean(OverviewService.class);
    Clock clock = context.getBean(Clock.class);
    CountDownLatch done = new CountDownLatch(9 * overview.sections().size());
    var tasks = new BackgroundTasks(Runnable::run, Runnable::run);
    overview.addObserver(r -> done.countDown());
    var tabs = new CitizenTabsViewModel(overview, context.getBean(AccessGuard.class), role,
        new SectionPresenter(messages, clock), tasks, messages, clock, null); // casework: no call records
    List<CprNumber> nine = new ArrayList<>(citizens.subList(0, 8));
    nine.add(heavy(context.getBean(WorkbenchProperties.class).sandbox().seed()));
    for (CprNumber cpr : nine) {
      tabs.open(cpr, Purpose.CASEWORK);
    }
    done.await(2, TimeUnit.MINUTES);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    double mb = memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    if (tabs.open().size() != 9) {
      throw new IllegalStateException("expected nine open tabs, got " + tabs.open().size());
    }
    return Math.round(mb);
  }

  private static CprNumber heavy(long seed) throws Exception {
    ArchetypeEntry entry = Population.generate(seed).archetypes().stream()
        .filter(e -> e.archetype().equals("heavy-history")).findFirst().orElseThrow();
    return CprNumber.parse(entry.cpr());
  }

  private static long percentile(List<Long> nanos, int p) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static double ms(long nanos) {
    return round(nanos / 1_000_000.0);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
