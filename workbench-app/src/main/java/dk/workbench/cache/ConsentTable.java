package dk.workbench.cache;

import dk.workbench.contracts.cpr.CprNumber;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.AEADBadTagException;

/**
 * Recorded verbal consents, encrypted at rest like the cached sections: the row key is the
 * HMAC of the citizen's CPR number, the payload (the consent as JSON) AES-256-GCM with the id
 * as associated data. Thread-safe.
 */
public final class ConsentTable {
  private final CacheDatabase db;

  public ConsentTable(CacheDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** Stores one consent. */
  public void put(String id, CprNumber citizen, Instant validUntil, byte[] payloadJson) {
    byte[] key = db.keys().citizenKey(citizen);
    byte[] sealed = db.keys().seal(payloadJson, aad(id));
    db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO verbal_consent (id, citizen_key, valid_until, payload) VALUES (?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setBytes(2, key);
        ps.setLong(3, validUntil.toEpochMilli());
        ps.setBytes(4, sealed);
        return ps.executeUpdate();
      }
    });
  }

  /** The payloads of the citizen's consents valid after {@code now}, newest ending last; unreadable rows are skipped. */
  public List<byte[]> valid(CprNumber citizen, Instant now) {
    byte[] key = db.keys().citizenKey(citizen);
    record Row(String id, byte[] payload) {}
    List<Row> rows = db.read(c -> {
      List<Row> found = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, payload FROM verbal_consent WHERE citizen_key = ? AND valid_until > ? ORDER BY valid_until")) {
        ps.setBytes(1, key);
        ps.setLong(2, now.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.add(new Row(rs.getString(1), rs.getBytes(2)));
          }
        }
      }
      return found;
    });
    List<byte[]> payloads = new ArrayList<>();
    for (Row row : rows) {
      try {
        payloads.add(db.keys().open(row.payload(), aad(row.id())));
      } catch (AEADBadTagException e) {
        // tampered or from another key: not a consent
      }
    }
    return payloads;
  }

  private static byte[] aad(String id) {
    return ("consent:" + id).getBytes(StandardCharsets.UTF_8);
  }
}
