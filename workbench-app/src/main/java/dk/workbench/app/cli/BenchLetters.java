package dk.workbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.letters.Letter;
import dk.workbench.letters.LetterComposer;
import dk.workbench.letters.LetterException;
import dk.workbench.letters.LetterRenderer;
import dk.workbench.letters.LetterRequest;
import dk.workbench.letters.Recipient;
import dk.workbench.letters.Sender;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.Language;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code workbench bench letters}: N decision letters rendered to PDF/A files in a batch. */
@Command(
    name = "letters",
    mixinStandardHelpOptions = true,
    description = {
      "Composes and renders N decision letters (folkepension, boligstøtte, børne- og ungeydelse; Danish and",
      "English; every tenth in large print) to PDF/A-2b + PDF/UA-1 files in a temporary folder, deleted",
      "afterwards, one renderer per thread. Reports letters/s, total seconds and the peak heap used",
      "(goal: 10,000 in <= 60 s with -Xmx512m). The last line is one JSON object with the figures."
    })
final class BenchLetters implements Callable<Integer> {
  /** The letters' facts: one per benefit, rules-engine format. */
  static final List<String> FACTS = List.of(
      "{\"benefit\":\"folkepension\",\"period\":\"2026-01\",\"person\":{\"birthDate\":\"1956-05-01\",\"civilStatus\":\"single\","
          + "\"residenceYearsInDenmark\":40},\"incomes\":[{\"owner\":\"self\",\"type\":\"atp\",\"annual\":23000,"
          + "\"source\":\"eIndkomst 2026-01\"},{\"owner\":\"self\",\"type\":\"pension\",\"annual\":98000,"
          + "\"source\":\"eIndkomst 2026-01\"},{\"owner\":\"self\",\"type\":\"capital\",\"annual\":4500.50,"
          + "\"source\":\"forskudsopgørelse 2026\"}]}",
      "{\"benefit\":\"boligstoette\",\"period\":\"2026-01\",\"household\":{\"pensioner\":false,\"adults\":1,\"children\":2,"
          + "\"annualRent\":78000,\"annualIncome\":210000,\"netWealth\":0}}",
      "{\"benefit\":\"boerne_ungeydelse\",\"period\":\"2026-Q1\",\"recipient\":{\"incomeBasis\":350000,\"custody\":\"shared\"},"
          + "\"children\":[{\"birthDate\":\"2012-03-14\"},{\"birthDate\":\"2019-10-02\"}]}");

  @Spec CommandSpec spec;

  @Option(names = "--count", defaultValue = "10000", description = "Letters to render. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(names = "--threads", description = "Rendering threads. Default: the number of cores.")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    LetterComposer composer = new LetterComposer();
    List<Explanation> explanations = new ArrayList<>();
    for (String facts : FACTS) {
      explanations.add(composer.explain(facts));
    }
    for (int i = 0; i < explanations.size(); i++) {
      letter(composer, explanations, i); // every kind composes before the clock starts
    }
    Path folder = Files.createTempDirectory("workbench-bench-letters");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "bench-heap-sampler"));
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> daemon(r, "bench-letters"));
    AtomicInteger next = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    AtomicLong pages = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    try {
      System.gc();
      long baseline = memory.getHeapMemoryUsage().getUsed();
      sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
          0, 20, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();
      List<Future<Void>> done = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        done.add(pool.submit(() -> {
          long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
          LetterRenderer renderer = new LetterRenderer(); // fonts parsed once per thread, reused for every letter
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            Path file = folder.resolve(String.format("letter-%06d.pdf", i));
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
              pages.addAndGet(renderer.render(letter(composer, explanations, i), stream));
            }
            bytes.addAndGet(Files.size(file));
          }
          cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
          return null;
        }));
      }
      for (Future<Void> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      sampler.shutdown();
      sampler.awaitTermination(1, TimeUnit.SECONDS);

      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("benchmark", "letters");
      figures.put("letters", count);
      figures.put("threads", workers);
      figures.put("pages", pages.get());
      figures.put("seconds", round(seconds));
      figures.put("lettersPerSecond", round(count / seconds));
      figures.put("cpuMsPerLetter", round(cpuNanos.get() / 1e6 / count));
      figures.put("loadAverage", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
      figures.put("peakHeapMb", round(peak.get() / 1048576.0));
      figures.put("baselineHeapMb", round(baseline / 1048576.0));
      figures.put("maxHeapMb", round(memory.getHeapMemoryUsage().getMax() / 1048576.0));
      figures.put("averagePdfKb", round(bytes.get() / 1024.0 / count));
      out.printf("%,d letters (%,d pages) rendered to PDF/A files in %.1f s = %.0f letters/s on %d threads "
          + "(goal: 10,000 in <= 60 s)%n", count, pages.get(), seconds, count / seconds, workers);
      out.printf("CPU per letter %.1f ms (rendering threads only); system load average %.1f on %d cores%n",
          figures.get("cpuMsPerLetter"), figures.get("loadAverage"), Runtime.getRuntime().availableProcessors());
      out.printf("Peak heap used %.0f MB of %.0f MB max (before: %.0f MB); average file %.1f KB%n",
          figures.get("peakHeapMb"), figures.get("maxHeapMb"), figures.get("baselineHeapMb"), figures.get("averagePdfKb"));
      out.println(new ObjectMapper().writeValueAsString(figures));
      return 0;
    } finally {
      sampler.shutdownNow();
      pool.shutdownNow();
      deleteFolder(folder);
    }
  }

  /** Letter {@code i}: benefits in turn, every other one in English, every tenth in large print, recipients numbered. */
  static Letter letter(LetterComposer composer, List<Explanation> explanations, int i) throws LetterException {
    Recipient recipient = new Recipient("Modtager " + (i + 1), List.of("Testvej " + (i % 200 + 1), "8000 Aarhus C"),
        false, false);
    return composer.compose(new LetterRequest(explanations.get(i % explanations.size()), Sender.testProfile(), recipient,
        LocalDate.of(2026, 1, 5), "2026-" + (100000 + i), i % 2 == 0 ? Language.DA : Language.EN, i % 10 == 9, false));
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static double round(double x) {
    return Math.round(x * 10) / 10.0;
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(folder);
  }
}
