package dk.workbench.cache;

import dk.workbench.contracts.cpr.CprNumber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox (issue 6, item 4): writes waiting to be delivered to a back-end, stored in the
 * encrypted cache in the same transaction as their local record, so a write is either both
 * recorded and queued or neither.
 *
 * <p>Each item has a kind (which delivery sends it), a citizen (stored only as the HMAC of the
 * CPR number), an idempotency key (chosen once at enqueue and sent on every attempt, so the
 * back-end stores the write once however often it is sent) and a payload, AES-256-GCM under the
 * cache's data key with the item's id, kind, citizen, key and creation time as associated data.
 *
 * <p>Items of one citizen are delivered in insertion order ({@link #due}); a failed attempt keeps
 * the item with its attempts, last error and next attempt time ({@link #markFailed}); an item
 * the back-end refuses for good is given up but kept and shown ({@link #markRejected},
 * {@link #failures()}). Delivered items lose their payload and can be purged
 * ({@link #purgeDelivered}).
 *
 * <p>Thread-safe. SQL failures surface as {@link CacheException}; the methods taking a
 * {@link Connection} are meant for {@link CacheDatabase#write} and throw {@link SQLException}.
 */
public final class Outbox {
  private static final Logger log = LoggerFactory.getLogger(Outbox.class);
  private static final String AAD_LABEL = "dk.workbench.cache/outbox/v1";
  private static final int MAX_KIND_LENGTH = 100;
  private static final int MAX_ERROR_LENGTH = 500;
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
  private static final Pattern CPR_LIKE = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");
  private static final String COLUMNS =
      "id, kind, citizen_key, idempotency_key, payload, created_at, attempts, next_attempt_at, last_error";

  private final CacheDatabase db;

  public Outbox(CacheDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** A fresh idempotency key (a random UUID): one per logical write, never reused for another. */
  public static String newIdempotencyKey() {
    return UUID.randomUUID().toString();
  }

  /**
   * Queues a write inside the caller's {@link CacheDatabase#write} transaction, so it commits (or
   * rolls back) together with the local record written in the same transaction.
   *
   * @param tx the connection given to the {@link CacheDatabase.SqlWork}
   * @param kind which delivery sends it: 1 to 100 characters, not personal data
   * @param citizen whose write it is; items of one citizen are delivered in order
   * @param payloadJson what the delivery sends (encrypted at rest)
   * @param idempotencyKey 1 to 255 visible ASCII characters, unique per item and free of personal data
   *     (use {@link #newIdempotencyKey()})
   * @return the item's id
   * @throws IllegalArgumentException for an invalid kind or key, or a key already queued
   */
  public long enqueue(Connection tx, String kind, CprNumber citizen, byte[] payloadJson, String idempotencyKey)
      throws SQLException {
    Objects.requireNonNull(tx, "tx");
    checkKind(kind);
    Objects.requireNonNull(citizen, "citizen");
    Objects.requireNonNull(payloadJson, "payloadJson");
    checkKey(idempotencyKey);
    long now = db.clock().millis();
    long id = nextId(tx);
    byte[] citizenKey = db.keys().citizenKey(citizen);
    byte[] sealed = db.keys().seal(payloadJson, associatedData(id, kind, citizenKey, idempotencyKey, now));
    try (PreparedStatement ps = tx.prepareStatement(
        "INSERT INTO outbox (id, kind, citizen_key, idempotency_key, payload, created_at, next_attempt_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, kind);
      ps.setBytes(3, citizenKey);
      ps.setString(4, idempotencyKey);
      ps.setBytes(5, sealed);
      ps.setLong(6, now);
      ps.setLong(7, now);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (keyExists(tx, idempotencyKey)) {
        throw new IllegalArgumentException("this idempotency key is already queued; use a new key for a new write", e);
      }
      throw e;
    }
    return id;
  }

  /** {@link #enqueue(Connection, String, CprNumber, byte[], String)} in a transaction of its own. */
  public long enqueue(String kind, CprNumber citizen, byte[] payloadJson, String idempotencyKey) {
    return db.write(tx -> enqueue(tx, kind, citizen, payloadJson, idempotencyKey));
  }

  /**
   * Up to {@code limit} pending items in insertion order (so each citizen's in order), whether or
   * not they are due. Items whose payload fails its integrity check are given up (see
   * {@link #failures()}) and left out.
   */
  public List<OutboxItem> pending(int limit) {
    checkLimit(limit);
    return load("SELECT " + COLUMNS + " FROM outbox WHERE state = 'PENDING' ORDER BY id LIMIT ?", ps -> ps.setInt(1, limit));
  }

  /**
   * Up to {@code limit} items to deliver now, in insertion order: pending items due at
   * {@code now} that no earlier pending item of the same citizen is waiting behind a retry time
   * after {@code now}. A sender delivers them in this order and, when one fails, skips the rest
   * of that citizen's items.
   */
  public List<OutboxItem> due(Instant now, int limit) {
    checkLimit(limit);
    long at = now.toEpochMilli();
    return load("SELECT " + COLUMNS + " FROM outbox o WHERE o.state = 'PENDING' AND o.next_attempt_at <= ? "
        + "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.state = 'PENDING' AND p.citizen_key = o.citizen_key "
        + "AND p.next_attempt_at > ? AND p.id < o.id) ORDER BY o.id LIMIT ?", ps -> {
          ps.setLong(1, at);
          ps.setLong(2, at);
          ps.setInt(3, limit);
        });
  }

  /** The earliest retry time after {@code now} of a pending item, if any (when a sender should look again). */
  public Optional<Instant> nextRetryAfter(Instant now) {
    long at = now.toEpochMilli();
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'PENDING' AND next_attempt_at > ?")) {
        ps.setLong(1, at);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long millis = rs.getLong(1);
          return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(millis));
        }
      }
    });
  }

  /** Marks a pending item delivered and erases its payload; false when it was not pending. */
  public boolean markDelivered(long id) {
    long now = db.clock().millis();
    return db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE outbox SET state = 'DELIVERED', delivered_at = ?, payload = X'' WHERE id = ? AND state = 'PENDING'")) {
        ps.setLong(1, now);
        ps.setLong(2, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  /**
   * Records a failed attempt of a pending item: one more attempt, the error (CPR-like digit runs
   * masked, cut to 500 characters) and when to try again. The item stays pending. False when it
   * was not pending.
   */
  public boolean markFailed(long id, String errorText, Instant nextAttemptAt) {
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    return fail(id, errorText, "PENDING", nextAttemptAt.toEpochMilli());
  }

  /**
   * Gives a pending item up after a failure that will not go away by retrying (e.g. the back-end
   * refused it as invalid): one more attempt, the error, and it is no longer delivered (nor holds
   * back the citizen's later items), but kept and listed in {@link #failures()}. False when it
   * was not pending.
   */
  public boolean markRejected(long id, String errorText) {
    return fail(id, errorText, "FAILED", null);
  }

  /**
   * The panel's "try again": a given-up item goes back in the queue, a waiting one waits no longer;
   * both are due now. False when the item is not waiting (delivered or unknown).
   */
  public boolean requeue(long id) {
    long now = db.clock().millis();
    return db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE outbox SET state = 'PENDING', next_attempt_at = ? WHERE id = ? AND state IN ('FAILED', 'PENDING')")) {
        ps.setLong(1, now);
        ps.setLong(2, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  /** How many items wait for delivery (the status bar's count). */
  public long pendingCount() {
    return count("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'");
  }

  /** How many items were delivered and are still kept. */
  public long deliveredCount() {
    return count("SELECT COUNT(*) FROM outbox WHERE state = 'DELIVERED'");
  }

  /** The "Udbakke" panel: given-up items and pending items that failed at least once, oldest first (at most 500). */
  public List<OutboxFailure> failures() {
    return failures(500);
  }

  /** As {@link #failures()}, at most {@code limit} rows. */
  public List<OutboxFailure> failures(int limit) {
    checkLimit(limit);
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, kind, attempts, last_error, created_at, last_attempt_at, next_attempt_at, state FROM outbox "
              + "WHERE state = 'FAILED' OR (state = 'PENDING' AND attempts > 0) ORDER BY id LIMIT ?")) {
        ps.setInt(1, limit);
        List<OutboxFailure> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long last = rs.getLong(6);
            Instant lastAttempt = rs.wasNull() ? null : Instant.ofEpochMilli(last);
            Instant next = "FAILED".equals(rs.getString(8)) ? null : Instant.ofEpochMilli(rs.getLong(7));
            out.add(new OutboxFailure(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), lastAttempt, next));
          }
        }
        return out;
      }
    });
  }

  /** Retention: deletes items delivered before {@code cutoff}; returns how many went. */
  public int purgeDelivered(Instant cutoff) {
    long millis = cutoff.toEpochMilli();
    return db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE state = 'DELIVERED' AND delivered_at < ?")) {
        ps.setLong(1, millis);
        return ps.executeUpdate();
      }
    });
  }

  // ---------------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private record Row(long id, String kind, byte[] citizenKey, String idempotencyKey, byte[] sealed, long createdAt,
      int attempts, long nextAttemptAt, String lastError) {}

  private List<OutboxItem> load(String sql, Binder binder) {
    List<Row> rows = db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(ps);
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Row(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4), rs.getBytes(5), rs.getLong(6),
                rs.getInt(7), rs.getLong(8), rs.getString(9)));
          }
        }
        return out;
      }
    });
    List<OutboxItem> items = new ArrayList<>(rows.size());
    for (Row r : rows) {
      try {
        byte[] payload = db.keys().open(r.sealed(),
            associatedData(r.id(), r.kind(), r.citizenKey(), r.idempotencyKey(), r.createdAt()));
        items.add(new OutboxItem(r.id(), r.kind(), HexFormat.of().formatHex(r.citizenKey()), r.idempotencyKey(), payload,
            Instant.ofEpochMilli(r.createdAt()), r.attempts(), Instant.ofEpochMilli(r.nextAttemptAt()), r.lastError()));
      } catch (AEADBadTagException e) {
        log.warn("Outbox item {} ({}) failed its integrity check and is given up (altered or damaged file)", r.id(), r.kind());
        markRejected(r.id(), "The stored item failed its integrity check (altered or damaged file)");
      }
    }
    return items;
  }

  private boolean fail(long id, String errorText, String state, Long nextAttemptAt) {
    long now = db.clock().millis();
    String error = cleanError(errorText);
    return db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, last_attempt_at = ?, "
              + "next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ? AND state = 'PENDING'")) {
        ps.setString(1, state);
        ps.setString(2, error);
        ps.setLong(3, now);
        if (nextAttemptAt == null) {
          ps.setNull(4, java.sql.Types.INTEGER);
        } else {
          ps.setLong(4, nextAttemptAt);
        }
        ps.setLong(5, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  /** The next id: above every id ever used (AUTOINCREMENT's counter), known before the insert so it can be bound into the ciphertext. */
  private static long nextId(Connection tx) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement(
        "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0), COALESCE((SELECT MAX(id) FROM outbox), 0))");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) + 1;
    }
  }

  private static boolean keyExists(Connection tx, String key) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("SELECT 1 FROM outbox WHERE idempotency_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private long count(String sql) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** Associated data binding a payload to its row: label, id, kind, citizen key, idempotency key, creation time. */
  static byte[] associatedData(long id, String kind, byte[] citizenKey, String idempotencyKey, long createdAtMillis) {
    byte[] l = AAD_LABEL.getBytes(StandardCharsets.UTF_8);
    byte[] k = kind.getBytes(StandardCharsets.UTF_8);
    byte[] i = idempotencyKey.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(4 + l.length + 8 + 4 + k.length + 4 + citizenKey.length + 4 + i.length + 8)
        .putInt(l.length).put(l)
        .putLong(id)
        .putInt(k.length).put(k)
        .putInt(citizenKey.length).put(citizenKey)
        .putInt(i.length).put(i)
        .putLong(createdAtMillis)
        .array();
  }

  /** The error as kept: CPR-like digit runs masked, at most 500 characters, never null. */
  static String cleanError(String errorText) {
    String text = errorText == null || errorText.isBlank() ? "unknown error" : errorText.strip();
    text = CPR_LIKE.matcher(text).replaceAll("**********");
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }

  private static void checkKind(String kind) {
    if (kind == null || kind.isBlank() || kind.length() > MAX_KIND_LENGTH) {
      throw new IllegalArgumentException("kind must be a non-blank name of at most " + MAX_KIND_LENGTH + " characters");
    }
  }

  private static void checkKey(String key) {
    if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("an idempotency key has 1 to 255 visible ASCII characters");
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
  }
}
