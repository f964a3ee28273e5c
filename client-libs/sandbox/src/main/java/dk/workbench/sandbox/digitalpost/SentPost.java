package dk.workbench.sandbox.digitalpost;

import dk.workbench.contracts.digitalpost.MailboxMessage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The messages sent through this sandbox instance (their idempotency keys are the API's
 * {@link dk.workbench.sandbox.IdempotencyStore}). Bounded: beyond {@value #MAX_BYTES} bytes of
 * MeMo XML or {@value #MAX_MESSAGES} messages the oldest sent messages are forgotten.
 * Thread-safe (one lock; sending is rare).
 */
final class SentPost {
  static final long MAX_BYTES = 64L * 1024 * 1024;
  static final int MAX_MESSAGES = 10_000;

  /** One sent message: the XML as sent and its listing entry (whose {@code read} is ignored). */
  record Sent(UUID uuid, String cpr, OffsetDateTime receivedAt, byte[] xml, MailboxMessage listing) {}

  private final LinkedHashMap<UUID, Sent> byUuid = new LinkedHashMap<>();
  private final Map<String, List<Sent>> byCpr = new HashMap<>();
  private long bytes;

  synchronized boolean contains(UUID uuid) {
    return byUuid.containsKey(uuid);
  }

  /** Stores the message; false (nothing stored) if the UUID is taken meanwhile. */
  synchronized boolean store(Sent sent) {
    if (byUuid.containsKey(sent.uuid())) {
      return false;
    }
    byUuid.put(sent.uuid(), sent);
    byCpr.computeIfAbsent(sent.cpr(), c -> new ArrayList<>()).add(sent);
    bytes += sent.xml().length;
    evict();
    return true;
  }

  synchronized Optional<Sent> find(UUID uuid) {
    return Optional.ofNullable(byUuid.get(uuid));
  }

  /** The citizen's sent messages, oldest first (a copy). */
  synchronized List<Sent> forCpr(String cpr) {
    return List.copyOf(byCpr.getOrDefault(cpr, List.of()));
  }

  private void evict() {
    Iterator<Sent> oldest = byUuid.values().iterator();
    while ((bytes > MAX_BYTES || byUuid.size() > MAX_MESSAGES) && oldest.hasNext()) {
      Sent gone = oldest.next();
      oldest.remove();
      bytes -= gone.xml().length;
      List<Sent> list = byCpr.get(gone.cpr());
      list.remove(gone);
      if (list.isEmpty()) {
        byCpr.remove(gone.cpr());
      }
    }
  }
}
