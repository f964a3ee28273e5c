package dk.workbench.service.explanation;

import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.service.outbox.OutboxWrites;
import java.util.Objects;
import java.util.UUID;

/** Where "Send til supervisor" puts a discrepancy: an interaction record for the citizen. */
@FunctionalInterface
public interface SupervisorReports {
  /** Records the interaction; with the outbox, durably and delivered later exactly once. */
  void send(CprNumber citizen, NewInteraction interaction) throws Exception;

  /** Through the durable outbox; {@code wakeUp} nudges its sender. */
  static SupervisorReports outbox(OutboxWrites writes, Runnable wakeUp) {
    Objects.requireNonNull(writes, "writes");
    Objects.requireNonNull(wakeUp, "wakeUp");
    return (citizen, interaction) -> {
      writes.interaction(citizen, interaction);
      wakeUp.run();
    };
  }

  /** Straight to the interactions API (no local cache, so no outbox), with a fresh idempotency key. */
  static SupervisorReports direct(InteractionsClient client) {
    Objects.requireNonNull(client, "client");
    return (citizen, interaction) -> client.record(citizen, interaction, UUID.randomUUID().toString());
  }
}
