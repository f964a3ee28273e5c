package dk.workbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.app.Launcher;
import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.clients.accesslog.AccessLogQuery;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.sandbox.population.Population;
import dk.workbench.testing.ChildJvm;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench pop} with no workbench running: in a child JVM (headless JavaFX through
 * Monocle, a user-data folder of its own) the command starts the desktop app, waits for its
 * screen-pop channel and delivers the caller; the started app opens the citizen (the name shown,
 * the look-up in the sandbox's access log); a second {@code pop} goes to the same app at once.
 */
@Tag("ui")
class PopStartsWorkbenchTest {
  /** Monocle headless, as the surefire configuration runs the UI tests; the started app inherits them through the environment. */
  private static final String HEADLESS = "-Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless"
      + " -Djava.awt.headless=true -Dheadless.geometry=1280x800-32";
  private static final Pattern NAME_SHOWN = Pattern.compile("pop-timing name-shown \\d+");

  @TempDir Path data;

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void popStartsAWorkbenchThatOpensTheCallerAndTakesTheNextPop() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> settings = List.of("--workbench.cache.directory=" + data, "--workbench.sandbox.port=" + port);
    Path log = data.resolve("workbench.log");
    // the java launcher of both the pop command and the app it starts reads JDK_JAVA_OPTIONS
    String options = HEADLESS + " -Dlogging.file.name=" + log + " -Dlogging.level.dk.workbench.service.overview.PopTiming=DEBUG";
    List<String> citizens = citizens(2);
    Set<ProcessHandle> started = new HashSet<>();
    Instant before = Instant.now();
    try {
      ChildJvm first = pop(citizens.get(0), settings, options);
      while (first.process().isAlive()) { // the app it starts is its child until it has answered
        first.process().descendants().forEach(started::add);
        Thread.sleep(200);
      }
      assertThat(first.process().exitValue()).as(first.output()).isZero();
      assertThat(first.output()).contains("No workbench was running; starting one.").contains("Sent to the workbench.");
      assertThat(started).as("the workbench was started as a process of its own").isNotEmpty();
      assertThat(started).anyMatch(ProcessHandle::isAlive);
      awaitNamesShown(log, 1);
      awaitLookUpRecorded(port, citizens.get(0), before);

      Instant second = Instant.now();
      ChildJvm next = pop(citizens.get(1), settings, options);
      assertThat(next.process().waitFor(60, TimeUnit.SECONDS)).as(next.output()).isTrue();
      assertThat(next.process().exitValue()).as(next.output()).isZero();
      assertThat(next.output()).contains("Sent to the workbench.").doesNotContain("starting one");
      awaitNamesShown(log, 2);
      awaitLookUpRecorded(port, citizens.get(1), second);
      assertThat(started.stream().filter(ProcessHandle::isAlive).count()).as("still the one workbench").isEqualTo(1);
    } finally {
      for (ProcessHandle process : started) {
        process.destroy();
      }
      for (ProcessHandle process : started) {
        if (!process.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).thenApply(p -> p == null).join()) {
          continue;
        }
        process.destroyForcibly();
      }
    }
  }

  private static ChildJvm pop(String cpr, List<String> settings, String options) throws Exception {
    List<String> args = new ArrayList<>(List.of("pop", "--cpr", cpr, "--wait", "180"));
    args.addAll(settings);
    ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(List.of(), Launcher.class, args.toArray(String[]::new)));
    builder.environment().put("JDK_JAVA_OPTIONS", options);
    return ChildJvm.start(builder);
  }

  /** Waits until the app's log says a citizen's name was shown {@code count} times (the log never holds a name or CPR number). */
  private static void awaitNamesShown(Path log, int count) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    int shown = 0;
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        Matcher matcher = NAME_SHOWN.matcher(Files.readString(log));
        shown = 0;
        while (matcher.find()) {
          shown++;
        }
        if (shown >= count) {
          assertThat(shown).isEqualTo(count);
          return;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the started workbench showed " + shown + " citizens, not " + count + "; its log:\n"
        + (Files.exists(log) ? Files.readString(log) : "(none)"));
  }

  /** The started app's look-up of the citizen reaches its sandbox's access log (through the outbox). */
  private static void awaitLookUpRecorded(int port, String cpr, Instant since) throws Exception {
    URI sandbox = URI.create("http://127.0.0.1:" + port + "/");
    var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox, HttpClients.newClient(HttpSettings.defaults())), null,
        StaffRole.CASEWORKER, null);
    AccessLogClient accessLog = new AccessLogClient(ApiEndpoint.of(sandbox, HttpClients.newClient(HttpSettings.defaults(), tokens)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        if (accessLog.entries(CprNumber.parse(cpr), AccessLogQuery.firstPage(20)).entries().stream()
            .anyMatch(e -> !e.timestamp().isBefore(since.minusSeconds(1)))) {
          return;
        }
      } catch (ApiException e) {
        // the sandbox is still starting
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the look-up was not recorded in the sandbox's access log");
      }
      Thread.sleep(500);
    }
  }

  /** Living residents of the demo population. */
  private static List<String> citizens(int count) {
    return Population.generate(Population.DEFAULT_SEED).archetypes().stream()
        .filter(a -> a.archetype().equals("family-with-children") || a.archetype().equals("single-pensioner"))
        .map(a -> a.cpr()).distinct().limit(count).toList();
  }
}
