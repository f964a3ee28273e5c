package dk.workbench.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash chain over a real SQLite file, and what editing that file by hand does to it. */
class AuditLogTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path directory;

  private CacheDatabase open() {
    CacheLocation location = CacheLocation.inDirectory(directory);
    return CacheDatabase.open(location, KeyFileProvider.at(location), CLOCK);
  }

  private void appendFive() {
    try (CacheDatabase db = open()) {
      AuditLog log = new AuditLog(db);
      for (int i = 1; i <= 5; i++) {
        assertThat(log.append(CLOCK.instant().plusSeconds(i), "{\"action\":\"READ\",\"n\":" + i + "}")).isEqualTo(i);
      }
    }
  }

  /** Edits the database file directly, as someone with access to the disk could. */
  private void tamper(String sql) throws Exception {
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("cache.db"));
        Statement statement = raw.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private AuditLog.Verification verify() {
    try (CacheDatabase db = open()) {
      return new AuditLog(db).verify();
    }
  }

  @Test
  void anUntouchedChainIsIntactAcrossRestarts() {
    appendFive();
    try (CacheDatabase db = open()) {
      assertThat(new AuditLog(db).append(CLOCK.instant(), "{}")).isEqualTo(6);
    }

    AuditLog.Verification result = verify();

    assertThat(result.intact()).isTrue();
    assertThat(result.intactEntries()).isEqualTo(6);
  }

  @Test
  void anEditedPayloadNamesThatEntry() throws Exception {
    appendFive();
    tamper("UPDATE audit_log SET payload = zeroblob(length(payload)) WHERE seq = 3");

    AuditLog.Verification result = verify();

    assertThat(result.firstBroken()).contains(3L);
    assertThat(result.intactEntries()).isEqualTo(2);
    assertThat(result.reason()).contains("entry 3 was changed");
  }

  @Test
  void aChangedTimeIsDetected() throws Exception {
    appendFive();
    tamper("UPDATE audit_log SET at = at + 1000 WHERE seq = 4");

    assertThat(verify().firstBroken()).contains(4L);
  }

  @Test
  void aDeletedEntryIsNamedAsMissing() throws Exception {
    appendFive();
    tamper("DELETE FROM audit_log WHERE seq = 2");

    AuditLog.Verification result = verify();

    assertThat(result.firstBroken()).contains(2L);
    assertThat(result.reason()).contains("entry 2 is missing");
  }

  @Test
  void aRecomputedChainCannotBeForgedWithoutTheKey() throws Exception {
    appendFive();
    // copying entry 1's payload and mac over entry 2 keeps the row well-formed but not its link
    tamper("UPDATE audit_log SET payload = (SELECT payload FROM audit_log WHERE seq = 1), "
        + "mac = (SELECT mac FROM audit_log WHERE seq = 1) WHERE seq = 2");

    assertThat(verify().firstBroken()).contains(2L);
  }

  @Test
  void entriesDeletedFromTheEndAreDetected() throws Exception {
    appendFive();
    tamper("DELETE FROM audit_log WHERE seq >= 4");

    AuditLog.Verification result = verify();

    assertThat(result.firstBroken()).contains(4L);
    assertThat(result.intactEntries()).isEqualTo(3);
    assertThat(result.reason()).contains("entries 4 to 5 were deleted from the end");
  }

  @Test
  void aDeletedOrEditedEndMarkerIsDetected() throws Exception {
    appendFive();
    tamper("UPDATE audit_head SET seq = 3");
    assertThat(verify().reason()).contains("end marker of the log was changed");

    tamper("DELETE FROM audit_head");
    assertThat(verify().reason()).contains("end marker of the log is missing");
  }
}
