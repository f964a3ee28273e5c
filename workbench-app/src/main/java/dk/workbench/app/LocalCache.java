package dk.workbench.app;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheException;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The open encrypted local cache of the configured staff user, if there is one; closed with the app. */
public final class LocalCache implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LocalCache.class);

  private final CacheDatabase db;
  private final boolean unavailable;

  private LocalCache(CacheDatabase db, boolean unavailable) {
    this.db = db;
    this.unavailable = unavailable;
  }

  /** Where the configured cache lives (the OS user-data folder unless a directory is set). */
  public static CacheLocation location(WorkbenchProperties properties) {
    return properties.cache().directory() != null ? CacheLocation.inDirectory(properties.cache().directory())
        : CacheLocation.forUser(properties.staff().username());
  }

  static LocalCache open(WorkbenchProperties properties, Clock clock) {
    if (!properties.cache().enabled()) {
      return new LocalCache(null, false);
    }
    CacheLocation location = location(properties);
    try {
      CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), clock);
      if (db.outcome().recreated()) {
        log.warn("Local cache: {}", db.outcome().description());
      }
      return new LocalCache(db, false);
    } catch (CacheException e) {
      log.warn("The local cache cannot be used ({}); continuing without it", e.getMessage());
      return new LocalCache(null, true);
    }
  }

  /** True when the cache is enabled but could not be opened. */
  public boolean unavailable() {
    return unavailable;
  }

  public Optional<CacheDatabase> database() {
    return Optional.ofNullable(db);
  }

  @Override
  public void close() {
    if (db != null) {
      db.close();
    }
  }
}
