package dk.workbench.app.cli;

import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.faults.Faults;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code workbench sandbox}: the sandbox back-end on its own, until Ctrl+C. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = "Runs the sandbox back-end (synthetic population, every API) on loopback until Ctrl+C, and prints its base URL.")
final class SandboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Loopback port (0 = any free port). Default: ${DEFAULT-VALUE}.", defaultValue = "18080")
  int port;

  @Option(names = "--seed", description = "Seed of the synthetic population: the same seed gives the same people. Default: ${DEFAULT-VALUE}.", defaultValue = "2026")
  long seed;

  @Option(names = "--faults", paramLabel = "TEXT", defaultValue = "",
      description = "Fault injection, e.g. 'cpr:latency=200ms,jitter=50ms,error=10%;*:error=1%' (see docs/sandbox.md). Default: none.")
  String faults;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    Faults injected;
    try {
      injected = Faults.parse(faults);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--faults: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    SandboxServer server;
    try {
      server = SandboxServer.start(SandboxConfig.defaults().withPort(port).withSeed(seed).withFaults(injected));
    } catch (UncheckedIOException e) {
      spec.commandLine().getErr().println("Could not start the sandbox on port " + port + ": " + e.getCause().getMessage()
          + " (is another program using the port? Try --port 0.)");
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "sandbox-shutdown"));
    out.println("Sandbox running at " + server.baseUrl() + " (seed " + seed + ", "
        + server.population().size() + " synthetic persons). Press Ctrl+C to stop.");
    out.println("Archetypes: " + server.baseUrl().resolve("sandbox/v1/archetypes"));
    if (!injected.isNone()) {
      out.println("Faults: " + injected.toText());
    }
    out.flush();
    stopped.await();
    return 0;
  }
}
