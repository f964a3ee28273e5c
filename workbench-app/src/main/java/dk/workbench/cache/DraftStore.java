package dk.workbench.cache;

import dk.workbench.contracts.cpr.CprNumber;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts of work in progress (calls before wrap-up), encrypted, saved often and removed when the
 * work is finished, so that a crash loses at most the last few seconds. Thread-safe.
 */
public final class DraftStore {
  private static final Logger log = LoggerFactory.getLogger(DraftStore.class);
  private static final String AAD_LABEL = "draft";

  /** A decrypted draft. */
  public record Draft(String id, Instant updatedAt, byte[] payload) {
    @Override
    public String toString() {
      return "Draft[id=" + id + ", updatedAt=" + updatedAt + "]";
    }
  }

  private final CacheDatabase db;

  public DraftStore(CacheDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** Saves (or replaces) the draft; durable when it returns. */
  public void save(String id, CprNumber citizen, byte[] payloadJson, Instant at) {
    Objects.requireNonNull(id, "id");
    byte[] citizenKey = db.keys().citizenKey(citizen);
    long millis = at.toEpochMilli();
    byte[] sealed = db.keys().seal(payloadJson, aad(id, millis));
    db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO call_draft (id, citizen_key, updated_at, payload) VALUES (?, ?, ?, ?) "
              + "ON CONFLICT (id) DO UPDATE SET citizen_key = excluded.citizen_key, updated_at = excluded.updated_at, "
              + "payload = excluded.payload")) {
        ps.setString(1, id);
        ps.setBytes(2, citizenKey);
        ps.setLong(3, millis);
        ps.setBytes(4, sealed);
        return ps.executeUpdate();
      }
    });
  }

  /** Removes the draft inside the caller's transaction (e.g. together with queuing the finished record). */
  public void delete(Connection tx, String id) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("DELETE FROM call_draft WHERE id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  /** Every draft, oldest first; drafts that fail their integrity check are left out. */
  public List<Draft> all() {
    record Row(String id, long updatedAt, byte[] payload) {}
    List<Row> rows = db.read(c -> {
      List<Row> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, updated_at, payload FROM call_draft ORDER BY updated_at");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Row(rs.getString(1), rs.getLong(2), rs.getBytes(3)));
        }
      }
      return out;
    });
    List<Draft> drafts = new ArrayList<>();
    for (Row row : rows) {
      try {
        drafts.add(new Draft(row.id(), Instant.ofEpochMilli(row.updatedAt()), db.keys().open(row.payload(), aad(row.id(), row.updatedAt()))));
      } catch (AEADBadTagException e) {
        log.warn("A draft failed its integrity check and is ignored (altered or damaged file)");
      }
    }
    return drafts;
  }

  public CacheDatabase database() {
    return db;
  }

  private static byte[] aad(String id, long millis) {
    return (AAD_LABEL + ":" + id + ":" + millis).getBytes(StandardCharsets.UTF_8);
  }
}
