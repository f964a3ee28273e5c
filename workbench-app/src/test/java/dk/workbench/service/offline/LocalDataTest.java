package dk.workbench.service.offline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.service.outbox.OutboxSender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's and the "Udbakke" panel's view of a real cache file and outbox. */
class LocalDataTest {
  private static final CprNumber KAREN = CprNumber.of(LocalDate.of(1961, 7, 7), 1234);
  private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

  @TempDir Path directory;
  private CacheDatabase db;

  private LocalData open(Clock clock) {
    CacheLocation location = CacheLocation.inDirectory(directory);
    db = CacheDatabase.open(location, KeyFileProvider.at(location), clock);
    Outbox outbox = new Outbox(db);
    OutboxSender sender = new OutboxSender(outbox, Map.of("interaction", (payload, key) -> {}), clock); // never started
    return new LocalData(db, outbox, sender);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void failedWritesAreCountedListedAndCanBeTriedAgain() {
    LocalData local = open(Clock.fixed(NOW, ZoneOffset.UTC));
    Outbox outbox = new Outbox(db);
    long refused = outbox.enqueue("interaction", KAREN, "{}".getBytes(UTF_8), "k1");
    long waiting = outbox.enqueue("interaction", CprNumber.of(LocalDate.of(1970, 1, 1), 4321), "{}".getBytes(UTF_8), "k2");
    outbox.markRejected(refused, "ClientErrorException: 422 the back-end refused it");
    outbox.markFailed(waiting, "UnavailableException: 503", NOW.plusSeconds(60));

    assertThat(local.outboxStatus()).isEqualTo(new LocalData.OutboxStatus(1, 2));
    assertThat(local.failures()).extracting(LocalData.Failure::id, f -> f.nextAttemptAt().isPresent())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(refused, false), org.assertj.core.groups.Tuple.tuple(waiting, true));
    assertThat(local.failures().get(0).lastError()).contains("422");

    local.retry(refused);
    local.retry(waiting);

    assertThat(outbox.due(NOW, 10)).as("both due now").hasSize(2);
    assertThat(local.outboxStatus().waiting()).isEqualTo(2);
  }

  @Test
  void retentionPurgesOldSectionsAndDeliveredWrites() {
    LocalData local = open(Clock.fixed(NOW, ZoneOffset.UTC));
    db.sections().put(KAREN, "PERSON", "{}".getBytes(UTF_8), NOW.minus(Duration.ofDays(20)));
    db.sections().put(KAREN, "CASES", "{}".getBytes(UTF_8), NOW.minus(Duration.ofDays(2)));

    assertThat(local.cacheFigures().sections()).isEqualTo(2);
    assertThat(local.cacheFigures().oldest()).contains(NOW.minus(Duration.ofDays(20)));
    assertThat(local.purgeExpired(Duration.ofDays(14))).isEqualTo(1);
    assertThat(local.cacheFigures().sections()).isEqualTo(1);
    assertThat(local.cacheFigures().citizens()).isEqualTo(1);
  }

  @Test
  void eraseWaitsForUndeliveredWritesUnlessTheyMayBeDiscarded() {
    LocalData local = open(Clock.systemUTC());
    db.sections().put(KAREN, "PERSON", "{}".getBytes(UTF_8), Instant.now());
    new Outbox(db).enqueue("interaction", KAREN, "{}".getBytes(UTF_8), "k1");

    assertThat(local.erase(false)).isEqualTo(1);
    assertThat(local.cacheFigures().sections()).isEqualTo(1);

    assertThat(local.erase(true)).isZero();
    assertThat(local.cacheFigures().sections()).isZero();
    assertThat(local.outboxStatus()).isEqualTo(new LocalData.OutboxStatus(0, 0));
  }

  @Test
  void aLostKeyIsANoticeNotACrash() throws Exception {
    open(Clock.systemUTC()).cacheFigures();
    db.close();
    Files.delete(CacheLocation.inDirectory(directory).keyFile());

    assertThat(open(Clock.systemUTC()).notice()).isEqualTo(LocalData.Notice.RECREATED_KEY_MISSING);
    assertThat(LocalData.none(true).notice()).isEqualTo(LocalData.Notice.UNAVAILABLE);
    assertThat(LocalData.none(false).notice()).isEqualTo(LocalData.Notice.NONE);
    assertThat(LocalData.none(true).erase(false)).isZero();
  }
}
