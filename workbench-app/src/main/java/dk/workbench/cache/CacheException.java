package dk.workbench.cache;

/**
 * The offline cache could not do what was asked (file system, SQLite or key store failure).
 * Callers treat the cache as unavailable and carry on online; messages never contain personal
 * data.
 */
public class CacheException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CacheException(String message, Throwable cause) {
    super(message, cause);
  }

  public CacheException(String message) {
    super(message);
  }
}
