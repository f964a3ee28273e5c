package dk.workbench.cache;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.workbench.contracts.cpr.CprNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache core against a real SQLite file on disk. */
class SectionCacheTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static final CprNumber KAROLINE = CprNumber.of(LocalDate.of(1990, 1, 1), 1234);
  private static final CprNumber JENS = CprNumber.of(LocalDate.of(1975, 6, 15), 2345);
  private static final String NAME = "Karoline Østergaard Bækgaard";
  private static final String STREET = "Skovbrynet 17, 2. th.";
  private static final String CITY = "8260 Viby J";

  @TempDir Path dir;
  private final List<CacheDatabase> opened = new ArrayList<>();

  @AfterEach
  void closeAll() {
    opened.forEach(CacheDatabase::close);
  }

  private CacheLocation location() {
    return CacheLocation.inDirectory(dir.resolve("Application Support/CitizenWorkbench/demo-caseworker"));
  }

  private CacheDatabase open() {
    return open(location());
  }

  private CacheDatabase open(CacheLocation location) {
    CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location()), CLOCK);
    opened.add(db);
    return db;
  }

  private static byte[] personJson(CprNumber cpr, String name) {
    return ("{\"cpr\":\"" + cpr.formatted() + "\",\"cprDigits\":\"" + cpr.value() + "\",\"name\":\"" + name
        + "\",\"address\":{\"street\":\"" + STREET + "\",\"city\":\"" + CITY + "\"}}").getBytes(UTF_8);
  }

  @Test
  void roundTrip() {
    CacheDatabase db = open();
    assertThat(db.outcome()).isEqualTo(CacheOpenOutcome.CREATED);
    SectionCache cache = db.sections();
    Instant fetched = NOW.minusSeconds(60);

    cache.put(KAROLINE, "person", personJson(KAROLINE, NAME), fetched);
    cache.put(KAROLINE, "cases", "[]".getBytes(UTF_8), fetched);

    assertThat(cache.get(KAROLINE, "person")).contains(new CachedSection(personJson(KAROLINE, NAME), fetched));
    assertThat(cache.get(KAROLINE, "cases").map(s -> new String(s.payload(), UTF_8))).contains("[]");
    assertThat(cache.get(KAROLINE, "benefits")).isEmpty();
    assertThat(cache.get(JENS, "person")).isEmpty();
    assertThat(cache.citizens()).isEqualTo(1);
  }

  @Test
  void aNewerFetchReplacesAnOlderOneButNotTheOtherWayRound() {
    SectionCache cache = open().sections();
    cache.put(KAROLINE, "person", "{\"v\":1}".getBytes(UTF_8), NOW.minusSeconds(30));
    cache.put(KAROLINE, "person", "{\"v\":2}".getBytes(UTF_8), NOW);
    cache.put(KAROLINE, "person", "{\"v\":0}".getBytes(UTF_8), NOW.minusSeconds(90));
    assertThat(cache.get(KAROLINE, "person")).contains(new CachedSection("{\"v\":2}".getBytes(UTF_8), NOW));
    assertThat(cache.stats().entries()).isEqualTo(1);
  }

  @Test
  void fetchedAtIsKeptToTheMillisecond() {
    SectionCache cache = open().sections();
    cache.put(KAROLINE, "person", "{}".getBytes(UTF_8), NOW.plusNanos(123_456_789));
    assertThat(cache.get(KAROLINE, "person").orElseThrow().fetchedAt()).isEqualTo(NOW.plusMillis(123));
  }

  @Test
  void survivesCloseAndReopen() {
    CacheDatabase db = open();
    db.sections().put(KAROLINE, "person", personJson(KAROLINE, NAME), NOW);
    db.close();
    assertThat(db.isClosed()).isTrue();
    assertThatThrownBy(() -> db.sections().citizens()).isInstanceOf(CacheException.class);

    CacheDatabase again = open();
    assertThat(again.outcome()).isEqualTo(CacheOpenOutcome.OPENED);
    assertThat(again.sections().get(KAROLINE, "person")).contains(new CachedSection(personJson(KAROLINE, NAME), NOW));
    assertThat(schemaVersions(again)).as("each migration ran once, not again").doesNotHaveDuplicates().startsWith("1");
  }

  @Test
  void walModeAndOwnerOnlyFiles() throws Exception {
    CacheDatabase db = open();
    db.sections().put(KAROLINE, "person", personJson(KAROLINE, NAME), NOW);
    String journalMode = db.read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
        rs.next();
        return rs.getString(1);
      }
    });
    assertThat(journalMode).isEqualToIgnoringCase("wal");
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    for (Path p : location().databaseFiles()) {
      if (Files.exists(p)) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.getFileName().toString()).isEqualTo("rw-------");
      }
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(location().directory()))).isEqualTo("rwx------");
  }

  @Test
  void rawFilesHoldNoCprNumberNameOrAddressInClear() throws Exception {
    CacheDatabase db = open();
    SectionCache cache = db.sections();
    cache.put(KAROLINE, "person", personJson(KAROLINE, NAME), NOW);
    cache.put(JENS, "person", personJson(JENS, "Jens Ebbesen Hvidkilde"), NOW);
    cache.put(KAROLINE, "cases", ("{\"about\":\"" + NAME + "\"}").getBytes(UTF_8), NOW);
    cache.forget(JENS);
    cache.put(JENS, "person", personJson(JENS, "Jens Ebbesen Hvidkilde"), NOW.plusSeconds(1));

    List<String> secrets = List.of(KAROLINE.value(), KAROLINE.formatted(), JENS.value(), JENS.formatted(),
        NAME, "Karoline", "Østergaard", "Bækgaard", "Hvidkilde", "Skovbrynet", "Viby J");
    // while open: the write-ahead log holds the recent writes
    assertThat(Files.exists(Path.of(location().databaseFile() + "-wal"))).isTrue();
    assertNoneInClear(secrets);
    db.close();
    assertNoneInClear(secrets); // after the checkpoint into the main file
  }

  private void assertNoneInClear(List<String> secrets) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(location().directory())) {
      files = s.filter(Files::isRegularFile).toList();
    }
    assertThat(files).contains(location().databaseFile());
    // control: the search does see what is stored in clear (section names are)
    assertThat(files.stream().anyMatch(f -> indexOf(readAll(f), "cases".getBytes(UTF_8)) >= 0)).isTrue();
    for (Path file : files) {
      byte[] raw = Files.readAllBytes(file);
      for (String secret : secrets) {
        for (byte[] needle : List.of(secret.getBytes(UTF_8), secret.getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
            secret.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
          assertThat(indexOf(raw, needle)).as("'%s' in %s", secret, file.getFileName()).isEqualTo(-1);
        }
      }
    }
  }

  @Test
  void aTamperedPayloadIsAMissNotACrash() throws Exception {
    CacheDatabase db = open();
    db.sections().put(KAROLINE, "person", personJson(KAROLINE, NAME), NOW);
    db.sections().put(KAROLINE, "cases", "[]".getBytes(UTF_8), NOW);
    db.close();

    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + location().databaseFile());
        PreparedStatement select = raw.prepareStatement("SELECT citizen_key, payload FROM section_cache WHERE section = 'person'")) {
      byte[] key;
      byte[] payload;
      try (ResultSet rs = select.executeQuery()) {
        assertThat(rs.next()).isTrue();
        key = rs.getBytes(1);
        payload = rs.getBytes(2);
      }
      payload[payload.length / 2] ^= 0x01;
      try (PreparedStatement update = raw.prepareStatement("UPDATE section_cache SET payload = ? WHERE citizen_key = ? AND section = 'person'")) {
        update.setBytes(1, payload);
        update.setBytes(2, key);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
    }

    CacheDatabase again = open();
    assertThat(again.outcome()).isEqualTo(CacheOpenOutcome.OPENED);
    assertThat(again.sections().get(KAROLINE, "person")).isEmpty();
    assertThat(again.sections().get(KAROLINE, "cases")).isPresent(); // the rest of the cache is fine
    again.sections().put(KAROLINE, "person", "{}".getBytes(UTF_8), NOW.plusSeconds(1)); // and refetching repairs it
    assertThat(again.sections().get(KAROLINE, "person")).isPresent();
  }

  @Test
  void aPayloadMovedToAnotherRowOrAChangedTimestampIsAMiss() throws Exception {
    CacheDatabase db = open();
    db.sections().put(KAROLINE, "person", personJson(KAROLINE, NAME), NOW);
    db.sections().put(JENS, "person", personJson(JENS, "Jens"), NOW);
    db.sections().put(JENS, "cases", "[]".getBytes(UTF_8), NOW);
    db.close();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + location().databaseFile());
        Statement st = raw.createStatement()) {
      // Karoline's payload copied over every other 'person' row; Jens's 'cases' made to look fresher
      st.executeUpdate("UPDATE section_cache SET payload = (SELECT payload FROM section_cache s WHERE s.section = 'person' "
          + "ORDER BY s.citizen_key LIMIT 1) WHERE section = 'person'");
      st.executeUpdate("UPDATE section_cache SET fetched_at = fetched_at + 86400000 WHERE section = 'cases'");
    }
    SectionCache cache = open().sections();
    long readable = Stream.of(KAROLINE, JENS).filter(c -> cache.get(c, "person").isPresent()).count();
    assertThat(readable).isEqualTo(1);
    assertThat(cache.get(JENS, "cases")).isEmpty();
  }

  @Test
  void aReplacedKeyFileGivesAnEmptyRecreatedCacheWithANotice() throws Exception {
    CacheDatabase db = open();
    db.sections().put(KAROLINE, "person", personJson(KAROLINE, NAME), NOW);
    db.close();
    byte[] otherKey = new byte[32];
    new SecureRandom().nextBytes(otherKey);
    Files.write(location().keyFile(), otherKey);

    CacheDatabase again = open();
    assertThat(again.outcome()).isEqualTo(CacheOpenOutcome.RECREATED_WRONG_KEY);
    assertThat(again.outcome().recreated()).isTrue();
    assertThat(again.outcome().description()).contains("new, empty cache");
    assertThat(again.sections().get(KAROLINE, "person")).isEmpty();
    assertThat(again.sections().stats().entries()).isZero();
    again.sections().put(KAROLINE, "person", "{}".getBytes(UTF_8), NOW);
    again.close();
    assertThat(open().outcome()).isEqualTo(CacheOpenOutcome.OPENED); // the new key sticks
  }

  @Test
  void aDeletedKeyFileGivesAnEmptyRecreatedCacheWithANotice() throws Exception {
    CacheDatabase db = open();
    db.sections().put(KAROLINE, "person", personJson(KAROLINE, NAME), NOW);
    db.close();
    Files.delete(location().keyFile());

    CacheDatabase again = open();
    assertThat(again.outcome()).isEqualTo(CacheOpenOutcome.RECREATED_KEY_MISSING);
    assertThat(again.sections().citizens()).isZero();
    assertThat(location().keyFile()).exists();
  }

  @Test
  void aDamagedFileGivesAnEmptyRecreatedCacheWithANotice() throws Exception {
    Files.createDirectories(location().directory());
    Files.write(location().databaseFile(), "this is not an SQLite database, just some text that is long enough".repeat(20).getBytes(UTF_8));

    CacheDatabase db = open();
    assertThat(db.outcome()).isEqualTo(CacheOpenOutcome.RECREATED_UNREADABLE);
    db.sections().put(KAROLINE, "person", "{}".getBytes(UTF_8), NOW);
    assertThat(db.sections().citizens()).isEqualTo(1);
  }

  @Test
  void forgetWipesOneCitizen() {
    SectionCache cache = open().sections();
    cache.put(KAROLINE, "person", personJson(KAROLINE, NAME), NOW);
    cache.put(KAROLINE, "cases", "[]".getBytes(UTF_8), NOW);
    cache.put(JENS, "person", personJson(JENS, "Jens"), NOW);

    assertThat(cache.forget(KAROLINE)).isEqualTo(2);
    assertThat(cache.get(KAROLINE, "person")).isEmpty();
    assertThat(cache.get(KAROLINE, "cases")).isEmpty();
    assertThat(cache.get(JENS, "person")).isPresent();
    assertThat(cache.citizens()).isEqualTo(1);
    assertThat(cache.forget(KAROLINE)).isZero();
  }

  @Test
  void retentionPurgesOldSections() {
    CacheDatabase db = open();
    SectionCache cache = db.sections();
    cache.put(KAROLINE, "person", "{}".getBytes(UTF_8), NOW.minus(Duration.ofDays(20)));
    cache.put(KAROLINE, "cases", "[]".getBytes(UTF_8), NOW.minus(Duration.ofDays(13)));
    cache.put(JENS, "person", "{}".getBytes(UTF_8), NOW.minus(Duration.ofDays(15)));

    CacheStats before = cache.stats();
    assertThat(before.entries()).isEqualTo(3);
    assertThat(before.citizens()).isEqualTo(2);
    assertThat(before.oldestFetchedAt()).contains(NOW.minus(Duration.ofDays(20)));
    assertThat(before.fileSizeBytes()).isPositive();

    assertThat(cache.purgeExpired(Duration.ofDays(14))).isEqualTo(2);
    assertThat(cache.get(KAROLINE, "cases")).isPresent();
    assertThat(cache.get(KAROLINE, "person")).isEmpty();
    assertThat(cache.stats().oldestFetchedAt()).contains(NOW.minus(Duration.ofDays(13)));
    assertThat(cache.purgeOlderThan(NOW)).isEqualTo(1);
    assertThat(cache.stats()).isEqualTo(new CacheStats(0, 0, cache.stats().fileSizeBytes(), Optional.empty()));
  }

  @Test
  void eraseMakesTheOldFileUnreadableAndCarriesOnEmpty() throws Exception {
    CacheDatabase db = open();
    db.sections().put(KAROLINE, "person", personJson(KAROLINE, NAME), NOW);
    new AuditLog(db).append(NOW, "{}");
    db.close();
    Path copy = Files.createDirectories(dir.resolve("copy"));
    Files.copy(location().databaseFile(), copy.resolve("cache.db"));
    byte[] oldKey = Files.readAllBytes(location().keyFile());

    CacheDatabase reopened = open();
    assertThat(reopened.erase(false)).isZero();
    assertThat(reopened.isClosed()).isFalse();
    assertThat(reopened.sections().get(KAROLINE, "person")).isEmpty();
    assertThat(new AuditLog(reopened).verify().intactEntries()).isZero();
    assertThat(Files.readAllBytes(location().keyFile())).isNotEqualTo(oldKey);
    // the same open cache goes on working under the new key, also after a restart
    reopened.sections().put(JENS, "person", personJson(JENS, "Jens Hansen"), NOW);
    reopened.close();
    CacheDatabase again = open();
    assertThat(again.outcome()).isEqualTo(CacheOpenOutcome.OPENED);
    assertThat(again.sections().get(JENS, "person")).isPresent();

    // Someone who kept a copy of the old file gets nothing out of it any more.
    Files.copy(location().keyFile(), copy.resolve(location().keyFile().getFileName()));
    CacheDatabase fromCopy = open(CacheLocation.inDirectory(copy));
    assertThat(fromCopy.outcome()).isEqualTo(CacheOpenOutcome.RECREATED_WRONG_KEY);
    assertThat(fromCopy.sections().get(KAROLINE, "person")).isEmpty();
  }

  @Test
  void eraseIsRefusedWhileWritesWaitForDelivery() {
    CacheDatabase db = open();
    db.sections().put(KAROLINE, "person", "{}".getBytes(UTF_8), NOW);
    new Outbox(db).enqueue("accesslog.entry", KAROLINE, "{}".getBytes(UTF_8), Outbox.newIdempotencyKey());

    assertThat(db.erase(false)).isEqualTo(1);
    assertThat(db.sections().get(KAROLINE, "person")).isPresent();

    assertThat(db.erase(true)).isZero();
    assertThat(db.sections().get(KAROLINE, "person")).isEmpty();
    assertThat(new Outbox(db).pendingCount()).isZero();
  }

  @Test
  void concurrentWritersAndReadersDoNotCollide() throws Exception {
    SectionCache cache = open().sections();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            CprNumber cpr = CprNumber.of(LocalDate.of(1960 + thread, 1 + i % 12, 1 + i), 1000 + i);
            cache.put(cpr, "person", ("{\"i\":" + i + "}").getBytes(UTF_8), NOW);
            assertThat(cache.get(cpr, "person")).isPresent();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(cache.stats().entries()).isEqualTo(200);
  }

  @Test
  void aFailedWriteRollsBack() {
    CacheDatabase db = open();
    assertThatThrownBy(() -> db.write(c -> {
      db.sections().put(KAROLINE, "person", "{}".getBytes(UTF_8), NOW); // joins this transaction
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(db.sections().get(KAROLINE, "person")).isEmpty();
  }

  private static List<String> schemaVersions(CacheDatabase db) {
    return db.read(c -> {
      List<String> versions = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank")) {
        while (rs.next()) {
          versions.add(rs.getString(1));
        }
      }
      return versions;
    });
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
