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

  private LocalCache(CacheDatabase db) {
    this.db = db;
  }

  /** Where the configured cache lives (the OS user-data folder unless a directory is set). */
  public static CacheLocation location(WorkbenchProperties properties) {
    return properties.cache().directory() != null ? CacheLocation.inDirectory(properties.cache().directory())
        : CacheLocation.forUser(properties.staff().username());
  }

  static LocalCache open(WorkbenchProperties properties, Clock clock) {
    if (!properties.cache().enabled()) {
      return new LocalCache(null);
    }
    CacheLocation location = location(properties);
    try {
      CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), clock);
      if (db.outcome().recreated()) {
        log.warn("Local cache: {}", db.outcome().description());
      }
      int purged = db.sections().purgeExpired(properties.cache().retention());
      log.info("Local cache open; {} sections older than {} purged", purged, properties.cache().retention());
      return new LocalCache(db);
    } catch (CacheException e) {
      log.warn("The local cache cannot be used ({}); continuing without it", e.getMessage());
      return new LocalCache(null);
    }
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
