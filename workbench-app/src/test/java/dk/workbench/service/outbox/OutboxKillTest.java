package dk.workbench.service.outbox;

import dk.workbench.testing.ChildJvm;
import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.clients.accesslog.AccessLogQuery;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessLogPage;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once delivery as the back-end sees it (issue 6, item 4): a child JVM records 1,000
 * access-log entries through the outbox while the sender delivers them to the real sandbox;
 * the child is killed ({@code SIGKILL}, {@link Process#destroyForcibly()}) at random moments
 * three to five times and restarted on the same cache. At the end the sandbox holds each entry
 * exactly once and the local store has every record, every outbox item delivered.
 */
class OutboxKillTest {
  private static final int TOTAL = 1_000;

  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void killingTheProcessLosesNothingAndDuplicatesNothing() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String prefix = "kill-" + Long.toHexString(seed) + "-";
    Path cacheFolder = dir.resolve("cache");
    Path logConfig = dir.resolve("logback-child.xml");
    Files.writeString(logConfig, """
        <configuration>
          <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
            <encoder><pattern>child %-5level %logger{20} - %msg%n</pattern></encoder>
          </appender>
          <root level="WARN"><appender-ref ref="OUT"/></root>
        </configuration>
        """);
    long started = System.nanoTime();

    try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPort(0))) {
      CprNumber cpr = CprNumber.parse(sandbox.population().archetypes().stream()
          .filter(e -> e.archetype().equals("family-with-children")).findFirst().orElseThrow().cpr());
      List<String> command = ChildJvm.command(
          List.of("-Dlogback.configurationFile=" + logConfig, "-XX:TieredStopAtLevel=1", "-Xshare:auto"),
          OutboxKillChild.class, cacheFolder.toString(), sandbox.baseUrl().toString(), cpr.value(), Integer.toString(TOTAL), prefix);

      int plannedKills = 3 + random.nextInt(3);
      List<String> runs = new ArrayList<>();
      int kills = 0;
      for (int k = 0; k < plannedKills; k++) {
        ChildJvm child = ChildJvm.start(command);
        String ready = child.awaitLine(OutboxKillChild.READY, Duration.ofSeconds(30));
        Thread.sleep(100 + random.nextInt(700)); // a random moment in the child's work
        if (!child.process().isAlive()) {
          runs.add(ready + " finished before the kill");
          continue;
        }
        child.process().destroyForcibly();
        assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        kills++;
        runs.add(ready + " killed");
      }

      ChildJvm last = ChildJvm.start(command);
      String ready = last.awaitLine(OutboxKillChild.READY, Duration.ofSeconds(30));
      String drained = last.awaitLine(OutboxKillChild.DRAINED, Duration.ofSeconds(60));
      assertThat(last.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(last.process().exitValue()).as(last.output()).isZero();
      runs.add(ready + " then " + drained);

      // The back-end: every number exactly once.
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.CASEWORKER, null);
      AccessLogClient accessLog = new AccessLogClient(ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens)));
      Map<String, Integer> seen = new HashMap<>();
      AccessLogQuery query = AccessLogQuery.firstPage(AccessLogQuery.MAX_SIZE);
      for (int page = 0; ; page++) {
        AccessLogPage answer = accessLog.entries(cpr, query.page(page));
        for (AccessLogEntry e : answer.entries()) {
          if (e.correlationId() != null && e.correlationId().startsWith(prefix)) {
            seen.merge(e.correlationId(), 1, Integer::sum);
          }
        }
        if (page + 1 >= answer.totalPages()) {
          break;
        }
      }
      List<String> missing = new ArrayList<>();
      for (int n = 1; n <= TOTAL; n++) {
        if (!seen.containsKey(prefix + n)) {
          missing.add(prefix + n);
        }
      }
      Map<String, Integer> duplicated = new HashMap<>(seen);
      duplicated.values().removeIf(count -> count == 1);
      assertThat(missing).as("entries the sandbox never got").isEmpty();
      assertThat(duplicated).as("entries the sandbox stored more than once").isEmpty();
      assertThat(seen).hasSize(TOTAL);

      // The local store: every record, every item delivered, nothing failed.
      CacheLocation location = CacheLocation.inDirectory(cacheFolder);
      try (CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC())) {
        Outbox outbox = new Outbox(db);
        long[] local = db.read(c -> {
          try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
              "SELECT COUNT(*), MIN(n), MAX(n), (SELECT COUNT(*) FROM outbox o JOIN " + OutboxKillChild.LOCAL_TABLE
                  + " r ON r.outbox_id = o.id WHERE o.state = 'DELIVERED'), (SELECT COUNT(*) FROM outbox), "
                  + "(SELECT COUNT(DISTINCT idempotency_key) FROM outbox) FROM " + OutboxKillChild.LOCAL_TABLE)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)};
          }
        });
        assertThat(local).as("records, first, last, delivered with a record, outbox items, distinct keys")
            .containsExactly(TOTAL, 1, TOTAL, TOTAL, TOTAL, TOTAL);
        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.failures()).isEmpty();
      }

      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
      System.out.printf("Outbox kill test: %d kills (SIGKILL), %d runs, %d entries each exactly once, %d s (seed %d)%n%s%n",
          kills, runs.size(), TOTAL, seconds, seed, String.join("\n", runs));
      assertThat(kills).as("kills that hit a running child: " + runs).isGreaterThanOrEqualTo(3);
    }
  }
}
