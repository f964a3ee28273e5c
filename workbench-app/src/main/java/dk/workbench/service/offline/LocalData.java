package dk.workbench.service.offline;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheOpenOutcome;
import dk.workbench.cache.CacheStats;
import dk.workbench.cache.Outbox;
import dk.workbench.service.outbox.OutboxSender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the workbench keeps on this computer, for the status bar and the "Udbakke" panel: the
 * outbox (waiting and failed writes, "try again"), the offline cache (figures, retention,
 * "Slet cache") and what happened to it at start. Blocking; call it off the UI thread. Without a
 * cache (disabled, or its folder unusable) everything is empty and nothing can be erased.
 */
public final class LocalData {

  /** What the user should be told about the cache at start. */
  public enum Notice {
    /** Nothing to tell. */
    NONE,
    /** The key was missing: the old cache was deleted and an empty one started. */
    RECREATED_KEY_MISSING,
    /** The key did not fit: the old cache was deleted and an empty one started. */
    RECREATED_WRONG_KEY,
    /** The file was damaged: it was deleted and an empty one started. */
    RECREATED_UNREADABLE,
    /** No cache could be opened: the app works, but without offline copies and outbox. */
    UNAVAILABLE
  }

  /** The status bar: writes waiting for delivery, and how many of them failed at least once. */
  public record OutboxStatus(long waiting, long failed) {}

  /**
   * A row of the panel: a write whose delivery failed. No personal data.
   *
   * @param nextAttemptAt when it is tried again; empty when it was given up
   */
  public record Failure(long id, String kind, int attempts, String lastError, Instant createdAt,
      Optional<Instant> nextAttemptAt) {}

  /** The cache's figures. */
  public record CacheFigures(long sections, long citizens, long sizeBytes, Optional<Instant> oldest) {}

  private final CacheDatabase db;
  private final Outbox outbox;
  private final OutboxSender sender;
  private final Notice notice;

  /** On the open cache, its outbox and running sender. */
  public LocalData(CacheDatabase db, Outbox outbox, OutboxSender sender) {
    this.db = db;
    this.outbox = outbox;
    this.sender = sender;
    this.notice = notice(db.outcome());
  }

  private LocalData(Notice notice) {
    this.db = null;
    this.outbox = null;
    this.sender = null;
    this.notice = notice;
  }

  /** No cache: disabled ({@code unavailable} false) or it could not be opened ({@code unavailable} true). */
  public static LocalData none(boolean unavailable) {
    return new LocalData(unavailable ? Notice.UNAVAILABLE : Notice.NONE);
  }

  public boolean available() {
    return db != null;
  }

  public Notice notice() {
    return notice;
  }

  public OutboxStatus outboxStatus() {
    if (db == null) {
      return new OutboxStatus(0, 0);
    }
    return new OutboxStatus(outbox.pendingCount(), outbox.failures().size());
  }

  /** The failed writes, oldest first. */
  public List<Failure> failures() {
    if (db == null) {
      return List.of();
    }
    return outbox.failures().stream()
        .map(f -> new Failure(f.id(), f.kind(), f.attempts(), f.lastError(), f.createdAt(), Optional.ofNullable(f.nextAttemptAt())))
        .toList();
  }

  /** "Prøv igen": the write is due now and the sender is woken. */
  public void retry(long id) {
    if (db != null && outbox.requeue(id)) {
      sender.wakeUp();
    }
  }

  public CacheFigures cacheFigures() {
    if (db == null) {
      return new CacheFigures(0, 0, 0, Optional.empty());
    }
    CacheStats stats = db.sections().stats();
    return new CacheFigures(stats.entries(), stats.citizens(), stats.fileSizeBytes(), stats.oldestFetchedAt());
  }

  /**
   * Retention: deletes sections fetched, and delivered writes delivered, longer than {@code retention} ago.
   *
   * @return how many rows went
   */
  public int purgeExpired(Duration retention) {
    if (db == null) {
      return 0;
    }
    int sections = db.sections().purgeExpired(retention);
    return sections + outbox.purgeDelivered(db.clock().instant().minus(retention));
  }

  /**
   * "Slet cache": see {@link CacheDatabase#erase}.
   *
   * @return 0 when erased; otherwise how many undelivered writes prevented it
   */
  public long erase(boolean discardUndelivered) {
    return db == null ? 0 : db.erase(discardUndelivered);
  }

  private static Notice notice(CacheOpenOutcome outcome) {
    return switch (outcome) {
      case OPENED, CREATED -> Notice.NONE;
      case RECREATED_KEY_MISSING -> Notice.RECREATED_KEY_MISSING;
      case RECREATED_WRONG_KEY -> Notice.RECREATED_WRONG_KEY;
      case RECREATED_UNREADABLE -> Notice.RECREATED_UNREADABLE;
    };
  }
}
