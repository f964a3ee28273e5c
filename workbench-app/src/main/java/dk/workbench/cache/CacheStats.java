package dk.workbench.cache;

import java.time.Instant;
import java.util.Optional;

/**
 * Figures for {@code workbench cache stats}: cached sections, distinct citizens, bytes on disk
 * (database plus write-ahead log) and the oldest {@code fetched_at}, if any.
 */
public record CacheStats(long entries, long citizens, long fileSizeBytes, Optional<Instant> oldestFetchedAt) {}
