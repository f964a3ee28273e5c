package dk.workbench.app.cli;

import dk.workbench.app.FxApplication;
import dk.workbench.rules.bench.RulesBenchmark;
import dk.workbench.sandbox.accesslog.AccessLogBenchmark;
import dk.workbench.sandbox.bench.SandboxBenchmark;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code workbench bench …}: the benchmarks behind the speed targets. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks: 'rules' (explanations per second), 'startup' (JVM start to main window shown),",
      "'overview' (complete overview vs the slowest back-end, memory of nine tabs), 'pop' (screen-pop to citizen",
      "shown), 'explanation' (decision to laid-out explanation, what-if to updated view), 'sandbox' (person",
      "endpoint requests per second), 'accesslog' (first filtered page of the 1,000,000-entry log),",
      "'letters' (10,000 decision letters rendered to PDF/A files), 'accesslog-ui' (keystroke in the access log",
      "to the table updated), 'mailbox' (heavy mailbox opened to its first page shown)."
    },
    subcommands = {BenchCommand.Rules.class, BenchCommand.Startup.class, BenchOverview.class, BenchPop.class,
        BenchExplanation.class, BenchCommand.Sandbox.class, BenchCommand.AccessLog.class, BenchLetters.class,
        BenchPanels.AccessLogUi.class, BenchPanels.Mailbox.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Name a benchmark: rules, startup, overview, pop, sandbox, accesslog or letters");
  }

  @Command(name = "sandbox", mixinStandardHelpOptions = true,
      description = "Sandbox person endpoint throughput over loopback, with a bearer token (goal >= 2,000 requests/s).")
  static final class Sandbox implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--threads", defaultValue = "4", description = "Client threads. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--seconds", defaultValue = "10", description = "Measuring time. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Override
    public Integer call() {
      if (threads < 1 || seconds < 1) {
        throw new ParameterException(spec.commandLine(), "--threads and --seconds must be at least 1");
      }
      spec.commandLine().getOut().println(SandboxBenchmark.run(threads, Duration.ofSeconds(seconds)));
      return 0;
    }
  }

  @Command(name = "accesslog", mixinStandardHelpOptions = true,
      description = "Server-side time of the heavy citizen's first filtered access-log page of 100 (goal p95 <= 50 ms).")
  static final class AccessLog implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--iterations", defaultValue = "1000", description = "Requests to time. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Override
    public Integer call() {
      if (iterations < 10) {
        throw new ParameterException(spec.commandLine(), "--iterations must be at least 10");
      }
      spec.commandLine().getOut().println(AccessLogBenchmark.run(iterations));
      return 0;
    }
  }

  @Command(name = "rules", mixinStandardHelpOptions = true, description = "Folkepension explanations (full trace) per second.")
  static final class Rules implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "10", description = "Measuring time. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up time in seconds. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Override
    public Integer call() {
      if (seconds < 1 || warmup < 0) {
        throw new ParameterException(spec.commandLine(), "--seconds must be at least 1 and --warmup not negative");
      }
      RulesBenchmark.Result r = RulesBenchmark.folkepension(Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
      spec.commandLine().getOut().printf("folkepension explanations: %,d in %.1f s = %,.0f per second (%d cores)%n",
          r.explanations(), r.elapsed().toMillis() / 1000.0, r.perSecond(), Runtime.getRuntime().availableProcessors());
      return 0;
    }
  }

  @Command(
      name = "startup",
      mixinStandardHelpOptions = true,
      description = {
        "Starts the app N times (demo mode) and a bare JavaFX window N times, each in a new JVM from this jar,",
        "and reports the median time from JVM start to window shown. Needs a display (e.g. xvfb-run)."
      })
  static final class Startup implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "Runs of each. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Override
    public Integer call() throws IOException, InterruptedException {
      if (runs < 1) {
        throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
      }
      PrintWriter out = spec.commandLine().getOut();
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String jar = System.getProperty("java.class.path");
      List<Long> bare = new ArrayList<>();
      List<Long> app = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        bare.add(measure(List.of(java, "-jar", jar, "probe-bare-window")));
        app.add(measure(List.of(java, "-D" + FxApplication.STARTUP_PROBE + "=true", "-jar", jar, "gui")));
        out.printf("run %d: bare %d ms, workbench %d ms%n", i + 1, bare.get(i), app.get(i));
        out.flush();
      }
      long bareMedian = median(bare);
      long appMedian = median(app);
      out.printf("median JVM start -> window shown: bare JavaFX %d ms, workbench %d ms, ratio %.2f (goal <= 1.50)%n",
          bareMedian, appMedian, (double) appMedian / bareMedian);
      return 0;
    }

    private long measure(List<String> command) throws IOException, InterruptedException {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String shown = null;
      StringBuilder output = new StringBuilder();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          if (line.startsWith("window-shown-ms=")) {
            shown = line.substring("window-shown-ms=".length());
          } else {
            output.append(line).append('\n');
          }
        }
      }
      process.waitFor();
      if (shown == null) {
        throw new IllegalStateException("The window was never shown (is there a display?). Output:\n" + output);
      }
      return Long.parseLong(shown.strip());
    }

    private static long median(List<Long> values) {
      List<Long> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return sorted.get(sorted.size() / 2);
    }
  }
}
