package dk.workbench.service.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.clients.digitalpost.DigitalPostClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.accesslog.NewAccessLogEntry;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import dk.workbench.contracts.digitalpost.memo.MemoParseException;
import dk.workbench.contracts.digitalpost.memo.MemoXml;
import dk.workbench.service.outbox.OutboxSender.Delivery;
import java.io.IOException;
import java.util.Map;

/** The {@link Delivery} of each kind {@link OutboxWrites} queues. */
public final class OutboxDeliveries {
  private OutboxDeliveries() {}

  /** Every kind: access-log entries and interactions. */
  public static Map<String, Delivery> of(AccessLogClient accessLog, InteractionsClient interactions) {
    return Map.of(OutboxWrites.ACCESS_LOG_ENTRY, accessLog(accessLog), OutboxWrites.INTERACTION, interactions(interactions));
  }

  /** Sends an {@link OutboxWrites#ACCESS_LOG_ENTRY} with {@link AccessLogClient#record}. */
  public static Delivery accessLog(AccessLogClient client) {
    ObjectMapper mapper = ContractsJson.newMapper();
    return (payload, key) -> client.record(read(mapper, payload, NewAccessLogEntry.class), key);
  }

  /** Sends an {@link OutboxWrites#INTERACTION} with {@link InteractionsClient#record}. */
  public static Delivery interactions(InteractionsClient client) {
    ObjectMapper mapper = ContractsJson.newMapper();
    return (payload, key) -> {
      OutboxWrites.InteractionWrite write = read(mapper, payload, OutboxWrites.InteractionWrite.class);
      if (write.interaction() == null) {
        throw new UndeliverableException("The stored interaction is empty", null);
      }
      CprNumber citizen;
      try {
        citizen = OutboxWrites.cpr(write.citizen());
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new UndeliverableException("The stored interaction names no valid citizen", null);
      }
      client.record(citizen, write.interaction(), key);
    };
  }

  /** Sends an {@link OutboxWrites#LETTER} with {@link DigitalPostClient#send}; a recipient not on Digital Post is final. */
  public static Delivery digitalPost(DigitalPostClient client) {
    return (payload, key) -> {
      MemoMessage message;
      try {
        message = MemoXml.read(payload);
      } catch (MemoParseException e) {
        throw new UndeliverableException("The stored MeMo message is not valid MeMo XML", null);
      }
      client.send(message, key);
    };
  }

  private static <T> T read(ObjectMapper mapper, byte[] payload, Class<T> type) {
    try {
      return mapper.readValue(payload, type);
    } catch (IOException e) {
      throw new UndeliverableException("The stored " + type.getSimpleName() + " is not readable JSON", null);
    }
  }
}
