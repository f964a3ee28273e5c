package dk.workbench.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * The workbench's local, tamper-evident log of every access and action: entries are appended
 * in order, each encrypted, and chained by an HMAC over the previous entry's HMAC, the entry's
 * number, its time and its encrypted payload. {@link #verify()} walks the chain and names the
 * first entry that was edited, inserted or deleted. Thread-safe (appends go through the one writer).
 */
public final class AuditLog {
  private static final byte[] GENESIS = new byte[32];

  private final CacheDatabase db;

  public AuditLog(CacheDatabase db) {
    this.db = db;
  }

  /** The outcome of {@link #verify()}: how many entries are intact, and the first broken one if any. */
  public record Verification(long intactEntries, Optional<Long> firstBroken, String reason) {
    public boolean intact() {
      return firstBroken.isEmpty();
    }
  }

  /** Appends one entry (its text must hold no CPR number or name in clear: it is encrypted, but keep it minimal); returns its number. */
  public long append(Instant at, String entryJson) {
    return db.write(tx -> {
      long seq = 1;
      byte[] previous = GENESIS;
      try (PreparedStatement last = tx.prepareStatement("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1");
          ResultSet row = last.executeQuery()) {
        if (row.next()) {
          seq = row.getLong(1) + 1;
          previous = row.getBytes(2);
        }
      }
      long millis = at.toEpochMilli();
      byte[] payload = db.keys().seal(entryJson.getBytes(StandardCharsets.UTF_8), aad(seq));
      try (PreparedStatement insert = tx.prepareStatement("INSERT INTO audit_log (seq, at, payload, mac) VALUES (?, ?, ?, ?)")) {
        insert.setLong(1, seq);
        insert.setLong(2, millis);
        insert.setBytes(3, payload);
        insert.setBytes(4, link(previous, seq, millis, payload));
        insert.executeUpdate();
      }
      return seq;
    });
  }

  /** Walks the whole chain. */
  public Verification verify() {
    return db.read(connection -> {
      long expected = 1;
      byte[] previous = GENESIS;
      try (PreparedStatement all = connection.prepareStatement("SELECT seq, at, payload, mac FROM audit_log ORDER BY seq");
          ResultSet row = all.executeQuery()) {
        while (row.next()) {
          long seq = row.getLong(1);
          byte[] payload = row.getBytes(3);
          byte[] mac = row.getBytes(4);
          if (seq != expected) {
            return new Verification(expected - 1, Optional.of(expected),
                "entry " + expected + " is missing (the next one is " + seq + ")");
          }
          if (!MessageDigest.isEqual(mac, link(previous, seq, row.getLong(2), payload))) {
            return new Verification(expected - 1, Optional.of(seq), "entry " + seq + " was changed (its chain link does not match)");
          }
          try {
            db.keys().open(payload, aad(seq));
          } catch (AEADBadTagException e) {
            return new Verification(expected - 1, Optional.of(seq), "entry " + seq + " cannot be decrypted");
          }
          previous = mac;
          expected++;
        }
      }
      return new Verification(expected - 1, Optional.empty(), "intact");
    });
  }

  private byte[] link(byte[] previous, long seq, long atMillis, byte[] payload) {
    ByteBuffer data = ByteBuffer.allocate(previous.length + 16 + payload.length);
    data.put(previous).putLong(seq).putLong(atMillis).put(payload);
    return db.keys().auditMac(Arrays.copyOf(data.array(), data.position()));
  }

  private static byte[] aad(long seq) {
    return ("audit:" + seq).getBytes(StandardCharsets.US_ASCII);
  }
}
