package dk.workbench.service.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.Outbox;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.accesslog.NewAccessLogEntry;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.interactions.NewInteraction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The workbench's writes to the back-ends, queued in the {@link Outbox} with a fresh idempotency
 * key each, in the JSON {@link OutboxDeliveries} sends. The methods taking a {@link Connection}
 * join the caller's {@link CacheDatabase#write} transaction (queue together with the local
 * record); the others use a transaction of their own.
 */
public final class OutboxWrites {
  /** Kind of an access-log entry ({@code POST /accesslog/v1/entries}); the payload is a {@link NewAccessLogEntry}. */
  public static final String ACCESS_LOG_ENTRY = "accesslog.entry";
  /** Kind of an interaction record; the payload is an {@link InteractionWrite}. */
  public static final String INTERACTION = "interactions.record";
  /** Kind of a decision letter for Digital Post; the payload is the MeMo XML ({@code MemoXml}) with the PDF. */
  public static final String LETTER = "digitalpost.letter";

  /** The stored payload of an {@link #INTERACTION}: the citizen's ten digits and the interaction. */
  public record InteractionWrite(String citizen, NewInteraction interaction) {
    @Override
    public String toString() {
      return "InteractionWrite[" + interaction + "]";
    }
  }

  private final CacheDatabase db;
  private final Outbox outbox;
  private final ObjectMapper mapper = ContractsJson.newMapper();

  public OutboxWrites(CacheDatabase db, Outbox outbox) {
    this.db = Objects.requireNonNull(db, "db");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  /**
   * Queues an access-log entry inside the caller's transaction; returns the outbox item's id.
   *
   * @throws IllegalArgumentException when the entry's {@code citizen} is not a CPR number
   */
  public long accessLog(Connection tx, NewAccessLogEntry entry) throws SQLException {
    Objects.requireNonNull(entry, "entry");
    return outbox.enqueue(tx, ACCESS_LOG_ENTRY, cpr(entry.citizen()), json(entry), Outbox.newIdempotencyKey());
  }

  /** {@link #accessLog(Connection, NewAccessLogEntry)} in a transaction of its own. */
  public long accessLog(NewAccessLogEntry entry) {
    return db.write(tx -> accessLog(tx, entry));
  }

  /** Queues an interaction record inside the caller's transaction; returns the outbox item's id. */
  public long interaction(Connection tx, CprNumber citizen, NewInteraction interaction) throws SQLException {
    Objects.requireNonNull(citizen, "citizen");
    Objects.requireNonNull(interaction, "interaction");
    return outbox.enqueue(tx, INTERACTION, citizen, json(new InteractionWrite(citizen.value(), interaction)),
        Outbox.newIdempotencyKey());
  }

  /** {@link #interaction(Connection, CprNumber, NewInteraction)} in a transaction of its own. */
  public long interaction(CprNumber citizen, NewInteraction interaction) {
    return db.write(tx -> interaction(tx, citizen, interaction));
  }

  /** Queues a letter's MeMo message (XML) for Digital Post inside the caller's transaction; returns the item's id. */
  public long letter(Connection tx, CprNumber citizen, byte[] memoXml) throws SQLException {
    Objects.requireNonNull(citizen, "citizen");
    Objects.requireNonNull(memoXml, "memoXml");
    return outbox.enqueue(tx, LETTER, citizen, memoXml, Outbox.newIdempotencyKey());
  }

  private byte[] json(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the write cannot be stored as JSON: " + e.getOriginalMessage());
    }
  }

  static CprNumber cpr(String digits) {
    try {
      return CprNumber.parse(Objects.requireNonNull(digits, "citizen"));
    } catch (InvalidCprNumberException e) {
      throw new IllegalArgumentException("the citizen is not a CPR number");
    }
  }
}
