package dk.workbench.service.calls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.cache.DraftStore;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.service.outbox.OutboxSender;
import dk.workbench.service.outbox.OutboxWrites;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls in progress as encrypted drafts in the local cache; a finished call's record is queued in
 * the outbox in the same transaction that removes its draft, so it is sent exactly once.
 */
public final class LocalCallStore implements CallStore {
  private static final Logger log = LoggerFactory.getLogger(LocalCallStore.class);

  /** The stored form (the CPR number as its ten digits). */
  private record Stored(String id, String citizen, Instant startedAt, InteractionChannel channel,
      List<InteractionReason> reasons, String notes, InteractionOutcome outcome, LocalDate followUpDate,
      String followUpAssignee) {}

  private final DraftStore drafts;
  private final OutboxWrites writes;
  private final OutboxSender sender;
  private final Clock clock;
  private final ObjectMapper mapper = ContractsJson.newMapper();

  public LocalCallStore(DraftStore drafts, OutboxWrites writes, OutboxSender sender, Clock clock) {
    this.drafts = drafts;
    this.writes = writes;
    this.sender = sender;
    this.clock = clock;
  }

  @Override
  public void save(Call call) {
    drafts.save(call.id(), call.citizen(), json(call), clock.instant());
  }

  @Override
  public void finish(Call call, NewInteraction record) {
    drafts.database().write(tx -> {
      drafts.delete(tx, call.id());
      return writes.interaction(tx, call.citizen(), record);
    });
    sender.wakeUp();
  }

  @Override
  public void discard(Call call) {
    drafts.database().write(tx -> {
      drafts.delete(tx, call.id());
      return null;
    });
  }

  @Override
  public List<Call> unfinished() {
    List<Call> calls = new ArrayList<>();
    for (DraftStore.Draft draft : drafts.all()) {
      try {
        Stored s = mapper.readValue(draft.payload(), Stored.class);
        calls.add(new Call(s.id(), CprNumber.parse(s.citizen()), s.startedAt(), s.channel(), s.reasons(), s.notes(),
            s.outcome(), s.followUpDate(), s.followUpAssignee()));
      } catch (IOException | InvalidCprNumberException | RuntimeException e) {
        log.warn("A saved call could not be read and is skipped ({})", e.getClass().getSimpleName());
      }
    }
    return calls;
  }

  private byte[] json(Call c) {
    try {
      return mapper.writeValueAsBytes(new Stored(c.id(), c.citizen().value(), c.startedAt(), c.channel(), c.reasons(),
          c.notes(), c.outcome(), c.followUpDate(), c.followUpAssignee()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a call cannot be stored as JSON", e);
    }
  }
}
