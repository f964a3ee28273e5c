package dk.workbench.cache;

import dk.workbench.contracts.cpr.CprNumber;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The overview's sections per citizen, encrypted at rest (ADR 5). Rows are keyed by
 * {@link CacheKeys#citizenKey HMAC of the CPR number} and section name; the payload is
 * AES-256-GCM under the data key with a fresh nonce per write and the row key, section and
 * {@code fetched_at} as associated data, so a payload moved to another row, or a changed
 * timestamp, fails to decrypt. A row that fails to decrypt is a miss, never an exception.
 *
 * <p>Obtained from {@link CacheDatabase#sections()}; thread-safe. {@code fetchedAt} is kept to
 * the millisecond. SQL or I/O failures surface as {@link CacheException}.
 */
public final class SectionCache {
  private static final Logger log = LoggerFactory.getLogger(SectionCache.class);
  private static final String AAD_LABEL = "dk.workbench.cache/section/v1";
  private static final int MAX_SECTION_LENGTH = 100;

  private final CacheDatabase db;

  SectionCache(CacheDatabase db) {
    this.db = db;
  }

  /**
   * Stores (or replaces) a section's payload as fetched at {@code fetchedAt}. An older fetch
   * never replaces a newer one that is already stored.
   */
  public void put(CprNumber cpr, String section, byte[] payloadJson, Instant fetchedAt) {
    Objects.requireNonNull(cpr, "cpr");
    checkSection(section);
    Objects.requireNonNull(payloadJson, "payloadJson");
    long millis = Objects.requireNonNull(fetchedAt, "fetchedAt").toEpochMilli();
    byte[] citizenKey = db.keys().citizenKey(cpr);
    byte[] sealed = db.keys().seal(payloadJson, CacheKeys.associatedData(AAD_LABEL, citizenKey, section, millis));
    db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO section_cache (citizen_key, section, fetched_at, payload) VALUES (?, ?, ?, ?) "
              + "ON CONFLICT (citizen_key, section) DO UPDATE SET fetched_at = excluded.fetched_at, payload = excluded.payload "
              + "WHERE excluded.fetched_at >= section_cache.fetched_at")) {
        ps.setBytes(1, citizenKey);
        ps.setString(2, section);
        ps.setLong(3, millis);
        ps.setBytes(4, sealed);
        return ps.executeUpdate();
      }
    });
  }

  /** The cached section, or empty when there is none or it cannot be decrypted (tampered, foreign key). */
  public Optional<CachedSection> get(CprNumber cpr, String section) {
    Objects.requireNonNull(cpr, "cpr");
    checkSection(section);
    byte[] citizenKey = db.keys().citizenKey(cpr);
    record Row(long fetchedAt, byte[] payload) {}
    Optional<Row> row = db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT fetched_at, payload FROM section_cache WHERE citizen_key = ? AND section = ?")) {
        ps.setBytes(1, citizenKey);
        ps.setString(2, section);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new Row(rs.getLong(1), rs.getBytes(2))) : Optional.<Row>empty();
        }
      }
    });
    if (row.isEmpty()) {
      return Optional.empty();
    }
    long millis = row.get().fetchedAt();
    try {
      byte[] payload = db.keys().open(row.get().payload(), CacheKeys.associatedData(AAD_LABEL, citizenKey, section, millis));
      return Optional.of(new CachedSection(payload, Instant.ofEpochMilli(millis)));
    } catch (AEADBadTagException e) {
      log.warn("A cached '{}' section failed its integrity check and is ignored (altered or damaged file)", section);
      return Optional.empty();
    }
  }

  /**
   * The {@code section} rows of every citizen, most recently fetched first (at most {@code limit});
   * rows that fail their integrity check are left out.
   */
  public List<CachedSection> latest(String section, int limit) {
    checkSection(section);
    record Row(byte[] citizenKey, long fetchedAt, byte[] payload) {}
    List<Row> rows = db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT citizen_key, fetched_at, payload FROM section_cache WHERE section = ? ORDER BY fetched_at DESC LIMIT ?")) {
        ps.setString(1, section);
        ps.setInt(2, limit);
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Row(rs.getBytes(1), rs.getLong(2), rs.getBytes(3)));
          }
        }
        return out;
      }
    });
    List<CachedSection> out = new ArrayList<>();
    for (Row row : rows) {
      try {
        byte[] payload = db.keys().open(row.payload(), CacheKeys.associatedData(AAD_LABEL, row.citizenKey(), section, row.fetchedAt()));
        out.add(new CachedSection(payload, Instant.ofEpochMilli(row.fetchedAt())));
      } catch (AEADBadTagException e) {
        log.warn("A cached '{}' section failed its integrity check and is ignored (altered or damaged file)", section);
      }
    }
    return out;
  }

  /** How many distinct citizens have at least one cached section. */
  public long citizens() {
    return db.read(c -> count(c, "SELECT COUNT(DISTINCT citizen_key) FROM section_cache"));
  }

  /** "Glem borger": deletes every cached section of this citizen; returns how many rows went. */
  public int forget(CprNumber cpr) {
    Objects.requireNonNull(cpr, "cpr");
    byte[] citizenKey = db.keys().citizenKey(cpr);
    int deleted = db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM section_cache WHERE citizen_key = ?")) {
        ps.setBytes(1, citizenKey);
        return ps.executeUpdate();
      }
    });
    if (deleted > 0) {
      db.checkpoint();
    }
    return deleted;
  }

  /** Retention: deletes sections fetched before {@code cutoff}; returns how many rows went. */
  public int purgeOlderThan(Instant cutoff) {
    long millis = Objects.requireNonNull(cutoff, "cutoff").toEpochMilli();
    int deleted = db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM section_cache WHERE fetched_at < ?")) {
        ps.setLong(1, millis);
        return ps.executeUpdate();
      }
    });
    if (deleted > 0) {
      db.checkpoint();
      log.info("Offline cache retention purged {} sections", deleted);
    }
    return deleted;
  }

  /** Retention relative to the database's clock: deletes sections older than {@code retention}. */
  public int purgeExpired(Duration retention) {
    return purgeOlderThan(db.clock().instant().minus(retention));
  }

  /** Entries, citizens, bytes on disk and the oldest {@code fetched_at}. */
  public CacheStats stats() {
    record Counts(long entries, long citizens, Optional<Instant> oldest) {}
    Counts counts = db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT COUNT(*), COUNT(DISTINCT citizen_key), MIN(fetched_at) FROM section_cache");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        long entries = rs.getLong(1);
        long citizens = rs.getLong(2);
        long oldest = rs.getLong(3);
        return new Counts(entries, citizens, rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest)));
      }
    });
    return new CacheStats(counts.entries(), counts.citizens(), db.fileSizeBytes(), counts.oldest());
  }

  private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void checkSection(String section) {
    if (section == null || section.isBlank() || section.length() > MAX_SECTION_LENGTH) {
      throw new IllegalArgumentException("section must be a non-blank name of at most " + MAX_SECTION_LENGTH + " characters");
    }
  }
}
