package dk.workbench.cache;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.contracts.cpr.CprNumber;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox storage against a real SQLite file. */
class OutboxTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final CprNumber KAROLINE = CprNumber.of(LocalDate.of(1990, 1, 1), 1234);
  private static final CprNumber JENS = CprNumber.of(LocalDate.of(1975, 6, 15), 2345);
  private static final String NAME = "Karoline Østergaard Bækgaard";
  private static final String KIND = "accesslog.entry";

  @TempDir Path dir;
  private final List<CacheDatabase> opened = new ArrayList<>();

  @AfterEach
  void closeAll() {
    opened.forEach(CacheDatabase::close);
  }

  private CacheLocation location() {
    return CacheLocation.inDirectory(dir.resolve("cache"));
  }

  private CacheDatabase open() {
    CacheDatabase db = CacheDatabase.open(location(), KeyFileProvider.at(location()), CLOCK);
    opened.add(db);
    return db;
  }

  private static byte[] payload(CprNumber cpr, int n) {
    return ("{\"citizen\":\"" + cpr.value() + "\",\"formatted\":\"" + cpr.formatted() + "\",\"name\":\"" + NAME
        + "\",\"n\":" + n + "}").getBytes(UTF_8);
  }

  private static long enqueue(Outbox outbox, CprNumber cpr, int n) {
    return outbox.enqueue(KIND, cpr, payload(cpr, n), "key-" + n);
  }

  @Test
  void pendingItemsComeBackDecryptedInInsertionOrder() {
    Outbox outbox = new Outbox(open());
    long a1 = enqueue(outbox, KAROLINE, 1);
    long b1 = enqueue(outbox, JENS, 2);
    long a2 = enqueue(outbox, KAROLINE, 3);

    List<OutboxItem> pending = outbox.pending(10);
    assertThat(pending).extracting(OutboxItem::id).containsExactly(a1, b1, a2);
    assertThat(a1).isLessThan(b1);
    assertThat(b1).isLessThan(a2);
    assertThat(pending.get(0).payload()).isEqualTo(payload(KAROLINE, 1));
    assertThat(pending.get(0).idempotencyKey()).isEqualTo("key-1");
    assertThat(pending.get(0).kind()).isEqualTo(KIND);
    assertThat(pending.get(0).createdAt()).isEqualTo(NOW);
    assertThat(pending.get(0).attempts()).isZero();
    assertThat(pending.get(0).citizenRef()).isEqualTo(pending.get(2).citizenRef()).isNotEqualTo(pending.get(1).citizenRef());
    assertThat(pending.get(0).citizenRef()).doesNotContain(KAROLINE.value());
    assertThat(outbox.pending(2)).hasSize(2);
    assertThat(outbox.pendingCount()).isEqualTo(3);
    assertThat(outbox.due(NOW, 10)).extracting(OutboxItem::id).containsExactly(a1, b1, a2);
  }

  @Test
  void itemsSurviveClosingAndReopening() {
    CacheDatabase db = open();
    enqueue(new Outbox(db), KAROLINE, 1);
    db.close();
    Outbox again = new Outbox(open());
    assertThat(again.pending(10)).singleElement().satisfies(i -> assertThat(i.payload()).isEqualTo(payload(KAROLINE, 1)));
  }

  @Test
  void theRawFileHoldsNoCprNumberAndNoName() throws Exception {
    CacheDatabase db = open();
    Outbox outbox = new Outbox(db);
    for (int i = 0; i < 20; i++) {
      enqueue(outbox, i % 2 == 0 ? KAROLINE : JENS, i);
    }
    long failed = outbox.pending(1).get(0).id();
    outbox.markFailed(failed, "refused for " + KAROLINE.value() + " / " + KAROLINE.formatted(), NOW.plusSeconds(5));

    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (Path p : location().databaseFiles()) {
      if (Files.exists(p)) {
        raw.write(Files.readAllBytes(p));
      }
    }
    String text = raw.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
    String utf8 = raw.toString(UTF_8);
    for (CprNumber cpr : List.of(KAROLINE, JENS)) {
      assertThat(text).doesNotContain(cpr.value()).doesNotContain(cpr.formatted());
    }
    assertThat(utf8).doesNotContain(NAME).doesNotContain("Østergaard");
    assertThat(outbox.failures()).singleElement().satisfies(f -> assertThat(f.lastError()).doesNotContain(KAROLINE.value())
        .doesNotContain(KAROLINE.formatted()).contains("**********"));
  }

  @Test
  void anItemCommitsAndRollsBackWithItsLocalRecord() throws Exception {
    CacheDatabase db = open();
    Outbox outbox = new Outbox(db);
    db.write(c -> {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS test_note (id INTEGER PRIMARY KEY, outbox_id INTEGER NOT NULL)");
      }
      return null;
    });

    db.write(c -> {
      long id = outbox.enqueue(c, KIND, KAROLINE, payload(KAROLINE, 1), "key-1");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO test_note (outbox_id) VALUES (?)")) {
        ps.setLong(1, id);
        return ps.executeUpdate();
      }
    });
    assertThatThrownBy(() -> db.write(c -> {
      outbox.enqueue(c, KIND, KAROLINE, payload(KAROLINE, 2), "key-2");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO test_note (outbox_id) VALUES (?)")) {
        ps.setLong(1, -1);
        ps.executeUpdate();
      }
      throw new IllegalStateException("the local record failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(outbox.pending(10)).extracting(OutboxItem::idempotencyKey).containsExactly("key-1");
    assertThat((long) db.read(c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM test_note")) {
        rs.next();
        return rs.getLong(1);
      }
    })).isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyIsUniquePerItem() {
    Outbox outbox = new Outbox(open());
    enqueue(outbox, KAROLINE, 1);
    assertThatThrownBy(() -> outbox.enqueue(KIND, JENS, payload(JENS, 2), "key-1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already queued");
    assertThatThrownBy(() -> outbox.enqueue(KIND, JENS, payload(JENS, 2), "has space"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> outbox.enqueue(" ", JENS, payload(JENS, 2), "key-3"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Outbox.newIdempotencyKey()).isNotEqualTo(Outbox.newIdempotencyKey()).matches("[\\x21-\\x7e]{1,255}");
    assertThat(outbox.pendingCount()).isEqualTo(1);
  }

  @Test
  void aFailedAttemptKeepsTheItemWithItsErrorAndHoldsBackTheCitizensLaterItems() {
    Outbox outbox = new Outbox(open());
    long a1 = enqueue(outbox, KAROLINE, 1);
    long b1 = enqueue(outbox, JENS, 2);
    long a2 = enqueue(outbox, KAROLINE, 3);
    Instant retry = NOW.plusSeconds(30);

    assertThat(outbox.markFailed(a1, "ServerErrorException: 503", retry)).isTrue();
    assertThat(outbox.markFailed(a1, "ServerErrorException: 502", retry.plusSeconds(30))).isTrue();

    OutboxItem kept = outbox.pending(1).get(0);
    assertThat(kept.id()).isEqualTo(a1);
    assertThat(kept.attempts()).isEqualTo(2);
    assertThat(kept.lastError()).isEqualTo("ServerErrorException: 502");
    assertThat(kept.nextAttemptAt()).isEqualTo(retry.plusSeconds(30));
    assertThat(kept.idempotencyKey()).isEqualTo("key-1");
    assertThat(outbox.pendingCount()).isEqualTo(3);

    assertThat(outbox.due(NOW, 10)).extracting(OutboxItem::id).containsExactly(b1);
    assertThat(outbox.nextRetryAfter(NOW)).contains(retry.plusSeconds(30));
    assertThat(outbox.due(retry.plusSeconds(30), 10)).extracting(OutboxItem::id).containsExactly(a1, b1, a2);

    assertThat(outbox.failures()).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo(a1);
      assertThat(f.kind()).isEqualTo(KIND);
      assertThat(f.attempts()).isEqualTo(2);
      assertThat(f.lastError()).isEqualTo("ServerErrorException: 502");
      assertThat(f.createdAt()).isEqualTo(NOW);
      assertThat(f.lastAttemptAt()).isEqualTo(NOW);
      assertThat(f.permanent()).isFalse();
    });
  }

  @Test
  void aRejectedItemIsKeptAndShownButNoLongerHoldsBackTheQueue() {
    Outbox outbox = new Outbox(open());
    long a1 = enqueue(outbox, KAROLINE, 1);
    long a2 = enqueue(outbox, KAROLINE, 2);

    assertThat(outbox.markRejected(a1, "ClientErrorException: status 400")).isTrue();
    assertThat(outbox.markRejected(a1, "again")).as("only pending items").isFalse();
    assertThat(outbox.markDelivered(a1)).isFalse();

    assertThat(outbox.due(NOW, 10)).extracting(OutboxItem::id).containsExactly(a2);
    assertThat(outbox.pendingCount()).isEqualTo(1);
    assertThat(outbox.failures()).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo(a1);
      assertThat(f.permanent()).isTrue();
      assertThat(f.attempts()).isEqualTo(1);
      assertThat(f.lastError()).isEqualTo("ClientErrorException: status 400");
    });

    assertThat(outbox.requeue(a1)).isTrue();
    assertThat(outbox.due(NOW, 10)).extracting(OutboxItem::id).containsExactly(a1, a2);
  }

  @Test
  void aDeliveredItemLosesItsPayloadAndIdsAreNeverReused() throws Exception {
    CacheDatabase db = open();
    Outbox outbox = new Outbox(db);
    long a1 = enqueue(outbox, KAROLINE, 1);
    long a2 = enqueue(outbox, KAROLINE, 2);

    assertThat(outbox.markDelivered(a2)).isTrue();
    assertThat(outbox.markDelivered(a2)).isFalse();
    assertThat(outbox.pending(10)).extracting(OutboxItem::id).containsExactly(a1);
    assertThat(outbox.pendingCount()).isEqualTo(1);
    assertThat(outbox.deliveredCount()).isEqualTo(1);
    assertThat((int) db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT length(payload) FROM outbox WHERE id = ?")) {
        ps.setLong(1, a2);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    })).isZero();

    assertThat(outbox.purgeDelivered(NOW.plusSeconds(1))).isEqualTo(1);
    assertThat(outbox.deliveredCount()).isZero();
    long a3 = enqueue(outbox, KAROLINE, 3);
    assertThat(a3).isGreaterThan(a2);
  }

  @Test
  void aPayloadMovedToAnotherRowFailsItsCheckAndIsGivenUp() throws Exception {
    CacheDatabase db = open();
    Outbox outbox = new Outbox(db);
    long a1 = enqueue(outbox, KAROLINE, 1);
    long a2 = enqueue(outbox, KAROLINE, 2);
    db.close();

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location().databaseFile())) {
      byte[] first;
      try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM outbox WHERE id = ?")) {
        ps.setLong(1, a1);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          first = rs.getBytes(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET payload = ? WHERE id = ?")) {
        ps.setBytes(1, first);
        ps.setLong(2, a2);
        ps.executeUpdate();
      }
    }

    Outbox reopened = new Outbox(open());
    assertThat(reopened.pending(10)).extracting(OutboxItem::id).containsExactly(a1);
    assertThat(reopened.failures()).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo(a2);
      assertThat(f.permanent()).isTrue();
      assertThat(f.lastError()).contains("integrity");
    });
  }

  @Test
  void errorsAreMaskedAndCut() {
    assertThat(Outbox.cleanError("no person 0101901234 or 010190-1234 here; id 12345678901"))
        .isEqualTo("no person ********** or ********** here; id 12345678901");
    assertThat(Outbox.cleanError(null)).isEqualTo("unknown error");
    assertThat(Outbox.cleanError("x".repeat(2_000))).hasSize(500);
  }

  @Test
  void manyDurableWritesPerSecond() {
    Outbox outbox = new Outbox(open());
    int n = 500;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      outbox.enqueue(KIND, i % 2 == 0 ? KAROLINE : JENS, payload(KAROLINE, i), Outbox.newIdempotencyKey());
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    double perSecond = n / (took.toNanos() / 1e9);
    System.out.printf("Outbox: %d durable enqueues (one fsync'd transaction each) in %d ms = %.0f/s%n", n, took.toMillis(), perSecond);
    assertThat(outbox.pendingCount()).isEqualTo(n);
  }
}
