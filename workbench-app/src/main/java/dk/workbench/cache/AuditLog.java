package dk.workbench.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * The workbench's local, tamper-evident log of every access and action: entries are appended
 * in order, each encrypted, and chained by an HMAC over the previous entry's HMAC, the entry's
 * number, its time and its encrypted payload. {@link #verify()} walks the chain and names the
 * first entry that was edited, inserted or deleted. An authenticated head (the last entry's number
 * and HMAC, updated with every append) makes entries deleted from the end visible too.
 * Thread-safe (appends go through the one writer).
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
      byte[] mac = link(previous, seq, millis, payload);
      try (PreparedStatement insert = tx.prepareStatement("INSERT INTO audit_log (seq, at, payload, mac) VALUES (?, ?, ?, ?)")) {
        insert.setLong(1, seq);
        insert.setLong(2, millis);
        insert.setBytes(3, payload);
        insert.setBytes(4, mac);
        insert.executeUpdate();
      }
      try (PreparedStatement head = tx.prepareStatement(
          "INSERT OR REPLACE INTO audit_head (id, seq, mac, head_mac) VALUES (1, ?, ?, ?)")) {
        head.setLong(1, seq);
        head.setBytes(2, mac);
        head.setBytes(3, headMac(seq, mac));
        head.executeUpdate();
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
      return checkHead(connection, expected - 1, previous);
    });
  }

  /** The chain is intact up to {@code last}; does it end where the authenticated head says? */
  private Verification checkHead(Connection connection, long last, byte[] lastMac) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT seq, mac, head_mac FROM audit_head WHERE id = 1");
        ResultSet head = ps.executeQuery()) {
      if (!head.next()) {
        return last == 0 ? new Verification(0, Optional.empty(), "intact")
            : new Verification(last, Optional.of(last), "the end marker of the log is missing, so entries after " + last
                + " may have been deleted");
      }
      long seq = head.getLong(1);
      byte[] mac = head.getBytes(2);
      if (!MessageDigest.isEqual(head.getBytes(3), headMac(seq, mac))) {
        return new Verification(last, Optional.of(last), "the end marker of the log was changed");
      }
      if (seq > last) {
        return new Verification(last, Optional.of(last + 1),
            "entries " + (last + 1) + " to " + seq + " were deleted from the end of the log");
      }
      if (seq != last || !MessageDigest.isEqual(mac, lastMac)) {
        return new Verification(last, Optional.of(seq), "the log does not end at entry " + seq + " as its end marker says");
      }
      return new Verification(last, Optional.empty(), "intact");
    }
  }

  private byte[] headMac(long seq, byte[] mac) {
    ByteBuffer data = ByteBuffer.allocate(5 + 8 + mac.length);
    data.put("head:".getBytes(StandardCharsets.US_ASCII)).putLong(seq).put(mac);
    return db.keys().auditMac(data.array());
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
