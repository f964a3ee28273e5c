package dk.workbench.cache;

import dk.workbench.contracts.cpr.CprNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * The decision letters in the encrypted cache (issue 9): each letter's state in the approval
 * workflow, who made it, and its payload (what it can be rendered again from, including the
 * citizen's CPR number for dispatch), AES-256-GCM under the cache's data key with the letter's
 * number, citizen key and creation time as associated data. The citizen is stored only as the
 * HMAC of the CPR number. Every step is an event with who and when ({@link #events}).
 *
 * <p>State changes are conditional ({@code from → to}), so two staff users cannot both approve or
 * print the same letter. Thread-safe; SQL failures surface as {@link CacheException}.
 */
public final class LetterStore {
  private static final String AAD_LABEL = "dk.workbench.cache/letter/v1";
  private static final String COLUMNS =
      "id, citizen_key, authority, digital_post, state, template_version, language, large_print, payload, created_at, created_by";

  /** Where a letter is in the workflow. */
  public enum State { DRAFT, APPROVED, PRINTED, DISPATCHED }

  /** One step: when, by whom (user name and role), what. */
  public record Event(Instant at, String actor, String role, String action) {}

  /**
   * A stored letter.
   *
   * @param payload the decrypted payload as given to {@link #insert}
   */
  public record StoredLetter(long id, String authority, boolean digitalPost, State state, String templateVersion,
      String language, boolean largePrint, byte[] payload, Instant createdAt, String createdBy) {
    @Override
    public String toString() {
      return "StoredLetter[" + id + ", " + state + ", " + authority + "]";
    }
  }

  /**
   * Which letters to list: by state, by Digital Post registration (false = exempt, paper), by
   * authority; {@code null} means any.
   */
  public record Filter(State state, Boolean digitalPost, String authority, int limit) {
    public Filter {
      if (limit < 1 || limit > 100_000) {
        throw new IllegalArgumentException("limit must be 1 to 100000");
      }
    }
  }

  private final CacheDatabase db;

  public LetterStore(CacheDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /** Stores a new draft letter and its DRAFTED event; returns its number. */
  public long insert(CprNumber citizen, String authority, boolean digitalPost, String templateVersion, String language,
      boolean largePrint, byte[] payload, String actor, String role) {
    Objects.requireNonNull(citizen, "citizen");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(payload, "payload");
    long now = db.clock().millis();
    byte[] citizenKey = db.keys().citizenKey(citizen);
    return db.write(tx -> {
      long id;
      try (PreparedStatement ps = tx.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM letters");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      byte[] sealed = db.keys().seal(payload, CacheKeys.associatedData(AAD_LABEL, citizenKey, Long.toString(id), now));
      try (PreparedStatement ps = tx.prepareStatement("INSERT INTO letters (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, id);
        ps.setBytes(2, citizenKey);
        ps.setString(3, authority);
        ps.setInt(4, digitalPost ? 1 : 0);
        ps.setString(5, State.DRAFT.name());
        ps.setString(6, templateVersion);
        ps.setString(7, language);
        ps.setInt(8, largePrint ? 1 : 0);
        ps.setBytes(9, sealed);
        ps.setLong(10, now);
        ps.setString(11, actor);
        ps.executeUpdate();
      }
      event(tx, id, now, actor, role, "DRAFTED");
      return id;
    });
  }

  /** The letter, decrypted; empty when there is none. */
  public Optional<StoredLetter> get(long id) {
    Optional<Object[]> row = db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM letters WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.<Object[]>empty();
          }
          return Optional.of(new Object[] {rs.getBytes(2), rs.getString(3), rs.getInt(4) == 1, State.valueOf(rs.getString(5)),
              rs.getString(6), rs.getString(7), rs.getInt(8) == 1, rs.getBytes(9), rs.getLong(10), rs.getString(11)});
        }
      }
    });
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = row.get();
    long created = (Long) r[8];
    byte[] payload;
    try {
      payload = db.keys().open((byte[]) r[7], CacheKeys.associatedData(AAD_LABEL, (byte[]) r[0], Long.toString(id), created));
    } catch (AEADBadTagException e) {
      throw new CacheException("letter " + id + " fails its integrity check", e);
    }
    return Optional.of(new StoredLetter(id, (String) r[1], (Boolean) r[2], (State) r[3], (String) r[4], (String) r[5],
        (Boolean) r[6], payload, Instant.ofEpochMilli(created), (String) r[9]));
  }

  /**
   * Moves a letter from {@code from} to {@code to} and records the event, inside the caller's
   * {@link CacheDatabase#write} transaction; false when the letter was not in {@code from}.
   */
  public boolean transition(Connection tx, long id, State from, State to, String actor, String role, String action)
      throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("UPDATE letters SET state = ? WHERE id = ? AND state = ?")) {
      ps.setString(1, to.name());
      ps.setLong(2, id);
      ps.setString(3, from.name());
      if (ps.executeUpdate() != 1) {
        return false;
      }
    }
    event(tx, id, db.clock().millis(), actor, role, action);
    return true;
  }

  /** {@link #transition(Connection, long, State, State, String, String, String)} in a transaction of its own. */
  public boolean transition(long id, State from, State to, String actor, String role, String action) {
    return db.write(tx -> transition(tx, id, from, to, actor, role, action));
  }

  /** Records a step that does not change the state (e.g. a reprint). */
  public void record(long id, String actor, String role, String action) {
    long now = db.clock().millis();
    db.write(tx -> {
      event(tx, id, now, actor, role, action);
      return null;
    });
  }

  /** Every step of a letter, in order. */
  public List<Event> events(long id) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT at, actor, role, action FROM letter_events WHERE letter_id = ? ORDER BY seq")) {
        ps.setLong(1, id);
        List<Event> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            events.add(new Event(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4)));
          }
        }
        return events;
      }
    });
  }

  /** Numbers of the letters matching {@code filter}, oldest first. */
  public List<Long> find(Filter filter) {
    StringBuilder sql = new StringBuilder("SELECT id FROM letters WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (filter.state() != null) {
      sql.append(" AND state = ?");
      args.add(filter.state().name());
    }
    if (filter.digitalPost() != null) {
      sql.append(" AND digital_post = ?");
      args.add(filter.digitalPost() ? 1 : 0);
    }
    if (filter.authority() != null) {
      sql.append(" AND authority = ?");
      args.add(filter.authority());
    }
    sql.append(" ORDER BY id LIMIT ?");
    args.add(filter.limit());
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          ps.setObject(i + 1, args.get(i));
        }
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
        return ids;
      }
    });
  }

  /** The distinct sending authorities of the stored letters, sorted. */
  public List<String> authorities() {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT authority FROM letters ORDER BY authority");
          ResultSet rs = ps.executeQuery()) {
        List<String> names = new ArrayList<>();
        while (rs.next()) {
          names.add(rs.getString(1));
        }
        return names;
      }
    });
  }

  private static void event(Connection tx, long id, long at, String actor, String role, String action) throws SQLException {
    try (PreparedStatement ps = tx.prepareStatement("INSERT INTO letter_events (letter_id, seq, at, actor, role, action) "
        + "VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM letter_events WHERE letter_id = ?), ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setLong(2, id);
      ps.setLong(3, at);
      ps.setString(4, Objects.requireNonNull(actor, "actor"));
      ps.setString(5, Objects.requireNonNull(role, "role"));
      ps.setString(6, action);
      ps.executeUpdate();
    }
  }
}
