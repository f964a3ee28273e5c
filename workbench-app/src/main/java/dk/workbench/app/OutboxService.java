package dk.workbench.app;

import dk.workbench.cache.Outbox;
import dk.workbench.service.outbox.OutboxSender;
import java.time.Clock;
import java.util.Map;

/** The outbox on the local cache and its running sender; nothing when there is no cache. */
public final class OutboxService implements AutoCloseable {
  private final Outbox outbox;
  private final OutboxSender sender;

  private OutboxService(Outbox outbox, OutboxSender sender) {
    this.outbox = outbox;
    this.sender = sender;
  }

  static OutboxService start(LocalCache cache, Map<String, OutboxSender.Delivery> deliveries, Clock clock) {
    if (cache.database().isEmpty()) {
      return new OutboxService(null, null);
    }
    Outbox outbox = new Outbox(cache.database().get());
    OutboxSender sender = new OutboxSender(outbox, deliveries, clock);
    sender.start();
    return new OutboxService(outbox, sender);
  }

  /** Only called when the cache exists. */
  Outbox outbox() {
    return outbox;
  }

  OutboxSender sender() {
    return sender;
  }

  @Override
  public void close() {
    if (sender != null) {
      sender.close();
    }
  }
}
