package dk.workbench.app.cli;

import dk.workbench.app.FxApplication;
import dk.workbench.app.pop.PopClient;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Kontaktoplysninger;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.sandbox.population.Population;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code workbench bench pop}: screen-pop by phone to the citizen's name shown, in a running workbench. */
@Command(
    name = "pop",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the workbench (demo mode, sandbox latencies as in 'bench overview') in a new JVM, then pops N",
      "callers by mobile number, one at a time, through the real loopback channel, and reports p50/p95 from",
      "the pop sent to the citizen's name shown in the new tab (goal p95 <= 500 ms). Needs a display (xvfb-run)."
    })
final class BenchPop implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--pops", defaultValue = "30", description = "Measured pops (after 5 for warm-up). Default: ${DEFAULT-VALUE}.")
  int pops;

  @Option(names = "--gap-ms", defaultValue = "0", paramLabel = "MS",
      description = "Pause after each citizen shown before the next pop (0: back to back, the previous tab still loading). Default: ${DEFAULT-VALUE}.")
  int gapMillis;

  @Override
  public Integer call() throws Exception {
    if (pops < 1 || pops > 500) {
      throw new ParameterException(spec.commandLine(), "--pops must be between 1 and 500");
    }
    if (gapMillis < 0 || gapMillis > 60_000) {
      throw new ParameterException(spec.commandLine(), "--gap-ms must be between 0 and 60000");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path cache = Files.createTempDirectory("workbench-bench-pop");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = PopCommand.workbench(List.of("-D" + FxApplication.POP_PROBE + "=true"), List.of("gui",
        "--workbench.sandbox.port=" + port, "--workbench.sandbox.faults=" + BenchOverview.LATENCIES,
        "--workbench.cache.directory=" + cache, "--workbench.calls.wrap-up-required=false",
        "--logging.level.dk.workbench.service.overview.PopTiming=DEBUG"));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    BlockingQueue<String> shown = new LinkedBlockingQueue<>();
    StringBuffer output = new StringBuffer();
    List<long[]> marks = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          java.util.regex.Matcher mark = TIMING.matcher(line);
          if (line.startsWith("citizen-shown")) {
            shown.add(line);
          } else if (mark.find()) {
            if (PHASES.contains(mark.group(1))) {
              marks.add(new long[] {PHASES.indexOf(mark.group(1)), Long.parseLong(mark.group(2))});
            }
          } else {
            output.append(line).append('\n');
          }
        }
      } catch (java.io.IOException e) {
        // the child ended
      }
    }, "bench-pop-child");
    reader.setDaemon(true);
    reader.start();
    try {
      List<String> phones = callers(URI.create("http://127.0.0.1:" + port + "/"), pops + 5);
      PopClient client = new PopClient(cache);
      List<Double> millis = new ArrayList<>();
      List<Double> fxCpu = new ArrayList<>();
      List<Double> processCpu = new ArrayList<>();
      long[] lastCpu = null;
      for (int i = 0; i < phones.size(); i++) {
        long start = System.nanoTime();
        PopClient.Result result = client.send("phone", phones.get(i));
        while (result == PopClient.Result.NO_INSTANCE && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(90)) {
          Thread.sleep(100); // the first pop waits for the window
          start = System.nanoTime();
          result = client.send("phone", phones.get(i));
        }
        // the first pops load classes and styles in a just-started JVM: on a loaded machine that takes long
        String line = result == PopClient.Result.DELIVERED ? shown.poll(i < 5 ? 90 : 20, TimeUnit.SECONDS) : null;
        if (line == null) {
          throw new IllegalStateException("pop " + (i + 1) + " was not shown (" + result + "; is there a display?). Output:\n" + output);
        }
        if (i >= 5) {
          millis.add((System.nanoTime() - start) / 1e6);
        }
        String[] cpu = line.split(" ");
        if (cpu.length == 3) {
          long[] now = {Long.parseLong(cpu[1]), Long.parseLong(cpu[2])};
          if (i >= 5 && lastCpu != null) {
            fxCpu.add((now[0] - lastCpu[0]) / 1e6);
            processCpu.add((now[1] - lastCpu[1]) / 1e6);
          }
          lastCpu = now;
        }
        if (gapMillis > 0) {
          Thread.sleep(gapMillis);
        }
      }
      Collections.sort(millis);
      double p50 = millis.get(millis.size() / 2);
      double p95 = millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1));
      out.printf("Sandbox latencies: %s%n", BenchOverview.LATENCIES);
      Thread.sleep(500); // the last pop's layout mark
      phases(out, marks);
      if (!fxCpu.isEmpty()) {
        Collections.sort(fxCpu);
        Collections.sort(processCpu);
        out.printf("CPU per pop (median, from one name shown to the next): FX thread %.0f ms, whole workbench JVM %.0f ms%n",
            fxCpu.get(fxCpu.size() / 2), processCpu.get(processCpu.size() / 2));
      }
      out.printf("pop by phone -> citizen's name shown: %d pops, p50 %.0f ms, p95 %.0f ms (goal p95 <= 500 ms)%n", millis.size(), p50, p95);
      out.printf("{\"pops\":%d,\"p50Ms\":%.1f,\"p95Ms\":%.1f}%n", millis.size(), p50, p95);
      return 0;
    } finally {
      child.destroy();
      child.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The phases of a pop the workbench logs (debug, "pop-timing PHASE NANOS"), in order. */
  static final List<String> PHASES = List.of("received", "fx", "searched", "tab-open", "tab-built", "recorded",
      "person-fetched", "name-shown", "laid-out");
  private static final int LAID_OUT = PHASES.indexOf("laid-out");
  private static final java.util.regex.Pattern TIMING = java.util.regex.Pattern.compile("pop-timing (\\S+) (\\d+)");

  /**
   * Where the time of the measured pops went: for each phase the median time since the pop
   * arrived at the workbench ("received"), from the workbench's own timestamps.
   */
  private static void phases(PrintWriter out, List<long[]> marks) {
    List<long[]> pops = new ArrayList<>();
    synchronized (marks) {
      long[] current = null;
      for (long[] mark : marks) {
        if (mark[0] == 0) {
          current = new long[PHASES.size()];
          java.util.Arrays.fill(current, -1);
          pops.add(current);
        }
        int phase = (int) mark[0];
        // "laid-out" may come after the next pop arrived: it belongs to the last pop with a name shown
        long[] owner = current;
        for (int i = pops.size() - 1; phase == LAID_OUT && i >= 0; i--) {
          if (pops.get(i)[LAID_OUT - 1] >= 0) {
            owner = pops.get(i);
            break;
          }
        }
        if (owner != null && owner[phase] < 0) {
          owner[phase] = mark[1]; // the first of each phase (the tab's, not a later retry's)
        }
      }
    }
    if (pops.size() <= 5) {
      return;
    }
    List<long[]> measured = pops.subList(5, pops.size());
    StringBuilder line = new StringBuilder("Median ms since the pop reached the workbench:");
    for (int phase = 1; phase < PHASES.size(); phase++) {
      List<Double> since = new ArrayList<>();
      for (long[] pop : measured) {
        if (pop[phase] >= 0) {
          since.add((pop[phase] - pop[0]) / 1e6);
        }
      }
      if (!since.isEmpty()) {
        Collections.sort(since);
        line.append(String.format(" %s %.0f,", PHASES.get(phase), since.get(since.size() / 2)));
      }
    }
    out.println(line.substring(0, line.length() - 1));
  }

  /** Mobile numbers of living residents that match one person each, from the child's sandbox (waits for it). */
  private static List<String> callers(URI sandbox, int count) throws Exception {
    var plain = HttpClients.newClient(HttpSettings.defaults());
    SandboxTokenSource tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox, plain), null, StaffRole.CASEWORKER, null);
    CprClient cpr = new CprClient(ApiEndpoint.of(sandbox, HttpClients.newClient(HttpSettings.defaults(), tokens)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      try {
        cpr.searchByPhone("31386855");
        break;
      } catch (dk.workbench.http.ApiException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the workbench's sandbox did not start (is there a display?)", e);
        }
        Thread.sleep(250);
      }
    }
    List<String> phones = new ArrayList<>();
    for (var person : Population.generate(Population.DEFAULT_SEED).persons()) {
      if (phones.size() == count) {
        break;
      }
      var mobile = cpr.contact(CprNumber.parse(person.personnummer())).telefonnumre().stream()
          .filter(t -> t.type().equals("MOBIL")).map(Kontaktoplysninger.Telefonnummer::nummer).findFirst();
      if (mobile.isPresent() && cpr.searchByPhone(mobile.get()).total() == 1) {
        phones.add(mobile.get());
      }
    }
    return phones;
  }
}
