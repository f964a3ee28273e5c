package dk.workbench.app;

import dk.workbench.cache.Outbox;
import dk.workbench.service.outbox.OutboxSender;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outbox on the local cache and its running sender; nothing when there is no cache. */
public final class OutboxService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboxService.class);

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

  /** One last pass at what is due (e.g. the access record of a look-up just made), then the sender stops. */
  @Override
  public void close() {
    if (sender != null) {
      try {
        sender.deliverOnce();
      } catch (RuntimeException e) {
        log.warn("Outbox: last delivery pass failed; the writes stay queued for next time: {}", e.toString());
      }
      sender.close();
    }
  }
}
