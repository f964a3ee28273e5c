package dk.workbench.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.DraftStore;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.service.outbox.OutboxSender;
import dk.workbench.service.outbox.OutboxWrites;
import dk.workbench.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A crash loses nothing" for notes (Call-centre issue): a child JVM types notes into a call,
 * auto-saving after each line, and is killed with SIGKILL mid-note; started again, it resumes
 * the same call with every line it had reported saved, and the parent reads them back too.
 */
class CallKillTest {
  private static final CprNumber KAREN = CprNumber.of(LocalDate.of(1961, 7, 7), 1234);

  @TempDir Path dir;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void notesSavedBeforeAKillAreThereAfterTheRestart() throws Exception {
    List<String> command = ChildJvm.command(List.of("-XX:TieredStopAtLevel=1"), CallKillChild.class, dir.toString(),
        KAREN.value());
    int lastSaved = 0;
    for (int run = 0; run < 2; run++) {
      ChildJvm child = ChildJvm.start(command);
      String resumed = child.awaitLine("resumed ", Duration.ofSeconds(30));
      assertThat(Integer.parseInt(resumed.substring("resumed ".length()))).as(child.output()).isGreaterThanOrEqualTo(lastSaved);
      child.awaitLine(CallKillChild.SAVED + (lastSaved + 20), Duration.ofSeconds(30)); // well into the note
      child.process().destroyForcibly();
      assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
      lastSaved = child.output().lines().filter(l -> l.startsWith(CallKillChild.SAVED))
          .mapToInt(l -> Integer.parseInt(l.substring(CallKillChild.SAVED.length()))).max().orElseThrow();
    }

    CacheLocation location = CacheLocation.inDirectory(dir);
    try (CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC())) {
      Outbox outbox = new Outbox(db);
      var calls = new CallService(new LocalCallStore(new DraftStore(db), new OutboxWrites(db, outbox),
          new OutboxSender(outbox, Map.of(), Clock.systemUTC()), Clock.systemUTC()), new CallService.Settings(null, true),
          Clock.systemUTC());
      List<Call> unfinished = calls.unfinished();
      assertThat(unfinished).hasSize(1);
      String notes = unfinished.get(0).notes();
      assertThat(notes).as("every line reported saved").contains("Linje " + lastSaved + " af noten.");
      assertThat(notes.lines().toList()).as("in order, none lost or doubled")
          .startsWith("Linje 1 af noten.", "Linje 2 af noten.").hasSizeGreaterThanOrEqualTo(lastSaved);
      for (int n = 1; n <= lastSaved; n++) {
        assertThat(notes.lines().toList().get(n - 1)).isEqualTo("Linje " + n + " af noten.");
      }
    }
  }
}
