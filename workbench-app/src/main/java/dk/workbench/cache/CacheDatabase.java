package dk.workbench.cache;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.AEADBadTagException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One staff user's offline cache: an SQLite file in WAL mode whose schema comes from the Flyway
 * migrations in {@code classpath:db/migration} (given a {@code DataSource}, so no URL with
 * secrets is ever logged), and the {@link CacheKeys} unwrapped with the {@link KeyProvider}.
 *
 * <p>{@link #open} never fails because of a lost or wrong key or a damaged file: it deletes the
 * unreadable cache, starts an empty one and reports it in {@link #outcome()}. It throws
 * {@link CacheException} only when the cache cannot be used at all (e.g. the folder is not
 * writable, the key store fails, or another process holds the file locked).
 *
 * <p>Writes go through one connection, one at a time ({@link #write}, an immediate transaction);
 * reads use a small pool of connections and run alongside them ({@link #read}). Thread-safe.
 * {@link #erase} implements "Slet cache".
 */
public final class CacheDatabase implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CacheDatabase.class);
  private static final String MIGRATIONS = "classpath:db/migration";
  private static final int BUSY_TIMEOUT_MS = 5_000;
  private static final int MAX_IDLE_READERS = 4;

  /** Work done with a connection inside {@link #write} or {@link #read}. It must not commit, roll back or close. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  private final CacheLocation location;
  private final KeyProvider keyProvider;
  private final Clock clock;
  private final CacheOpenOutcome outcome;
  private final SQLiteDataSource readerSource;
  private final Connection writer;
  private volatile CacheKeys keys;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Deque<Connection> idleReaders = new ArrayDeque<>();
  private final SectionCache sections;
  private volatile boolean closed;

  private CacheDatabase(CacheLocation location, KeyProvider keyProvider, Clock clock, CacheOpenOutcome outcome,
      SQLiteDataSource readerSource, Connection writer, CacheKeys keys) {
    this.location = location;
    this.keyProvider = keyProvider;
    this.clock = clock;
    this.outcome = outcome;
    this.readerSource = readerSource;
    this.writer = writer;
    this.keys = keys;
    this.sections = new SectionCache(this);
  }

  /**
   * Opens (creating or recreating as needed) the cache at {@code location}.
   *
   * @throws CacheException when the cache cannot be used at all; never for a lost or wrong key
   */
  public static CacheDatabase open(CacheLocation location, KeyProvider keyProvider, Clock clock) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(keyProvider, "keyProvider");
    Objects.requireNonNull(clock, "clock");
    try {
      location.createDirectory();
    } catch (IOException e) {
      throw new CacheException("Cannot create the cache folder " + location.directory(), e);
    }
    KeyProvider.ProvidedKey kek = keyProvider.keyEncryptionKey();
    SecureRandom random = new SecureRandom();
    try {
      return attempt(location, keyProvider, clock, kek, random, null);
    } catch (Unreadable first) {
      log.warn("Offline cache at {} is unreadable ({}); deleting it and starting an empty cache", location.directory(), first.outcome);
      deleteDatabaseFiles(location);
      try {
        return attempt(location, keyProvider, clock, kek, random, first.outcome);
      } catch (Unreadable second) {
        throw new CacheException("The offline cache could not be recreated at " + location.directory(), second);
      }
    }
  }

  /** What opening found; {@link CacheOpenOutcome#recreated()} means the user should be told. */
  public CacheOpenOutcome outcome() {
    return outcome;
  }

  public CacheLocation location() {
    return location;
  }

  public Clock clock() {
    return clock;
  }

  /** The encrypted per-citizen section cache stored in this database. */
  public SectionCache sections() {
    return sections;
  }

  /** The keys for encrypting rows of other tables (outbox, audit) the same way as sections. */
  public CacheKeys keys() {
    return keys;
  }

  /**
   * Runs {@code work} in one immediate transaction on the single writer connection; concurrent
   * callers wait their turn. Committed when it returns, rolled back when it throws. A nested call
   * from inside {@code work} joins the outer transaction.
   */
  public <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try {
      ensureOpen();
      if (writeLock.getHoldCount() > 1) {
        return work.apply(writer);
      }
      try (Statement st = writer.createStatement()) {
        st.execute("BEGIN IMMEDIATE");
      }
      boolean committed = false;
      try {
        T result = work.apply(writer);
        try (Statement st = writer.createStatement()) {
          st.execute("COMMIT");
        }
        committed = true;
        return result;
      } finally {
        if (!committed) {
          rollbackQuietly();
        }
      }
    } catch (SQLException e) {
      throw new CacheException("Offline cache write failed", e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} on a reader connection inside one read transaction (a consistent snapshot). */
  public <T> T read(SqlWork<T> work) {
    ensureOpen();
    Connection c = null;
    try {
      c = borrowReader();
      try (Statement st = c.createStatement()) {
        st.execute("BEGIN");
      }
      try {
        return work.apply(c);
      } finally {
        try (Statement st = c.createStatement()) {
          st.execute("COMMIT");
        }
      }
    } catch (SQLException e) {
      if (c != null) {
        closeQuietly(c);
        c = null;
      }
      throw new CacheException("Offline cache read failed", e);
    } finally {
      if (c != null) {
        returnReader(c);
      }
    }
  }

  /**
   * Moves the write-ahead log into the database file and truncates it, so rows just deleted
   * (their pages zeroed by {@code secure_delete}) leave no old copies in the {@code -wal} file.
   * Best effort: readers in progress may keep some frames until the next checkpoint.
   */
  public void checkpoint() {
    writeLock.lock();
    try {
      ensureOpen();
      try (Statement st = writer.createStatement()) {
        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
    } catch (SQLException e) {
      log.warn("Offline cache checkpoint failed: {}", e.toString());
    } finally {
      writeLock.unlock();
    }
  }

  /** Bytes on disk: the database file plus its write-ahead log. */
  public long fileSizeBytes() {
    long total = 0;
    for (Path p : location.databaseFiles()) {
      if (!p.getFileName().toString().endsWith("-shm")) {
        try {
          total += Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
          // vanished meanwhile (checkpoint); count it as empty
        }
      }
    }
    return total;
  }

  /**
   * "Slet cache" while the app runs: deletes every cached section, the audit log and the outbox,
   * destroys the key (so the old file, and any copy of it, can never be read again) and carries on
   * empty under a new key. Refused, returning how many there are, while the outbox holds writes
   * not yet delivered, unless {@code discardUndelivered}: those would be lost.
   *
   * @return 0 when erased; otherwise the number of undelivered writes that prevented it
   */
  public long erase(boolean discardUndelivered) {
    writeLock.lock();
    try {
      ensureOpen();
      long undelivered = countUndelivered();
      if (undelivered > 0 && !discardUndelivered) {
        return undelivered;
      }
      // The old key goes first: a crash from here on leaves a cache no key opens, which open() recreates empty.
      keyProvider.destroy();
      CacheKeys fresh = CacheKeys.generate(new SecureRandom());
      byte[] wrapped = fresh.wrap(keyProvider.keyEncryptionKey().key());
      write(tx -> {
        try (Statement st = tx.createStatement()) {
          for (String table : List.of("section_cache", "outbox", "audit_log", "audit_head", "call_draft", "verbal_consent")) {
            st.executeUpdate("DELETE FROM " + table);
          }
        }
        try (PreparedStatement ps = tx.prepareStatement("UPDATE cache_key SET wrapped_key = ?, created_at = ? WHERE id = 1")) {
          ps.setBytes(1, wrapped);
          ps.setLong(2, clock.millis());
          ps.executeUpdate();
        }
        return null;
      });
      keys = fresh;
      try (Statement st = writer.createStatement()) {
        st.execute("VACUUM");
      }
      checkpoint();
      log.info("Offline cache at {} erased; {} replaced", location.directory(), keyProvider.description());
      return 0;
    } catch (SQLException e) {
      throw new CacheException("Offline cache erase failed", e);
    } finally {
      writeLock.unlock();
    }
  }

  private long countUndelivered() throws SQLException {
    try (Statement st = writer.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING', 'FAILED')")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Closes all connections; waits for a write in progress. Idempotent. */
  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      closeQuietly(writer);
      synchronized (idleReaders) {
        idleReaders.forEach(CacheDatabase::closeQuietly);
        idleReaders.clear();
      }
    } finally {
      writeLock.unlock();
    }
  }

  public boolean isClosed() {
    return closed;
  }

  // ---------------------------------------------------------------------------------------------

  private static CacheDatabase attempt(CacheLocation location, KeyProvider keyProvider, Clock clock,
      KeyProvider.ProvidedKey kek, SecureRandom random, CacheOpenOutcome recreatedAs) throws Unreadable {
    Path file = location.databaseFile();
    boolean existed = existsNonEmpty(file);
    createOwnerOnly(file);
    String url = "jdbc:sqlite:" + file;
    SQLiteDataSource migrationSource = new SQLiteDataSource(config(SQLiteConfig.TransactionMode.DEFERRED));
    migrationSource.setUrl(url);
    SQLiteDataSource writerSource = new SQLiteDataSource(config(SQLiteConfig.TransactionMode.IMMEDIATE));
    writerSource.setUrl(url);
    SQLiteDataSource readerSource = new SQLiteDataSource(config(SQLiteConfig.TransactionMode.DEFERRED));
    readerSource.setUrl(url);

    Connection writer = null;
    try {
      writer = writerSource.getConnection();
      try (Statement st = writer.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
        rs.next(); // forces SQLite to read the header: a non-database fails here
      }
      Flyway.configure(CacheDatabase.class.getClassLoader())
          .dataSource(migrationSource)
          .locations(MIGRATIONS)
          .load()
          .migrate();
      CacheKeys keys = loadOrCreateKeys(writer, kek, clock, random, existed);
      CacheOpenOutcome outcome = recreatedAs != null ? recreatedAs : existed ? CacheOpenOutcome.OPENED : CacheOpenOutcome.CREATED;
      return new CacheDatabase(location, keyProvider, clock, outcome, readerSource, writer, keys);
    } catch (Unreadable e) {
      closeQuietly(writer);
      throw e;
    } catch (SQLException | FlywayException e) {
      closeQuietly(writer);
      if (isDamaged(e)) {
        throw new Unreadable(CacheOpenOutcome.RECREATED_UNREADABLE, e);
      }
      throw new CacheException("Cannot open the offline cache at " + location.directory(), e);
    } catch (RuntimeException e) {
      closeQuietly(writer);
      throw e;
    }
  }

  private static CacheKeys loadOrCreateKeys(Connection writer, KeyProvider.ProvidedKey kek, Clock clock, SecureRandom random,
      boolean existed) throws SQLException, Unreadable {
    byte[] wrapped = null;
    try (PreparedStatement ps = writer.prepareStatement("SELECT wrapped_key FROM cache_key WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        wrapped = rs.getBytes(1);
      }
    }
    if (wrapped != null) {
      try {
        return CacheKeys.unwrap(wrapped, kek.key(), random);
      } catch (AEADBadTagException e) {
        throw new Unreadable(kek.created() ? CacheOpenOutcome.RECREATED_KEY_MISSING : CacheOpenOutcome.RECREATED_WRONG_KEY, e);
      }
    }
    if (existed) {
      log.info("Offline cache has no data key yet; creating one");
    }
    CacheKeys keys = CacheKeys.generate(random);
    try (PreparedStatement ps = writer.prepareStatement("INSERT INTO cache_key (id, wrapped_key, created_at) VALUES (1, ?, ?)")) {
      ps.setBytes(1, keys.wrap(kek.key()));
      ps.setLong(2, clock.millis());
      ps.executeUpdate();
    }
    return keys;
  }

  private static SQLiteConfig config(SQLiteConfig.TransactionMode mode) {
    SQLiteConfig c = new SQLiteConfig();
    c.setJournalMode(SQLiteConfig.JournalMode.WAL);
    c.setSynchronous(SQLiteConfig.SynchronousMode.FULL); // the outbox needs durable commits
    c.setBusyTimeout(BUSY_TIMEOUT_MS);
    c.enforceForeignKeys(true);
    c.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true"); // deleted rows are zeroed, not left in free pages
    c.setTempStore(SQLiteConfig.TempStore.MEMORY);
    c.setTransactionMode(mode);
    return c;
  }

  private static boolean isDamaged(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException s) {
        int primary = s.getResultCode().code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
          return true;
        }
      }
      String m = t.getMessage();
      if (m != null && (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT") || m.contains("file is not a database")
          || m.contains("database disk image is malformed"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean existsNonEmpty(Path file) {
    try {
      return Files.exists(file) && Files.size(file) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  /** Pre-creates the database file owner-only; SQLite gives its -wal and -shm the same permissions. */
  private static void createOwnerOnly(Path file) {
    if (Files.exists(file) || !file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException raced) {
      // fine
    } catch (IOException e) {
      throw new CacheException("Cannot create the offline cache file in " + file.getParent(), e);
    }
  }

  private static void deleteDatabaseFiles(CacheLocation location) {
    for (Path p : location.databaseFiles()) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        throw new CacheException("Cannot delete the offline cache file " + p, e);
      }
    }
  }

  private Connection borrowReader() throws SQLException {
    synchronized (idleReaders) {
      Connection c = idleReaders.pollFirst();
      if (c != null) {
        return c;
      }
    }
    return readerSource.getConnection();
  }

  private void returnReader(Connection c) {
    synchronized (idleReaders) {
      if (!closed && idleReaders.size() < MAX_IDLE_READERS) {
        idleReaders.addFirst(c);
        return;
      }
    }
    closeQuietly(c);
  }

  private void rollbackQuietly() {
    try (Statement st = writer.createStatement()) {
      st.execute("ROLLBACK");
    } catch (SQLException e) {
      log.warn("Offline cache rollback failed: {}", e.toString());
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new CacheException("The offline cache is closed");
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      log.debug("Closing an offline cache connection failed: {}", e.toString());
    }
  }

  /** The existing cache cannot be read with this key or is damaged: recreate it. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final transient CacheOpenOutcome outcome;

    Unreadable(CacheOpenOutcome outcome, Throwable cause) {
      super(outcome.name(), cause);
      this.outcome = outcome;
    }
  }
}
