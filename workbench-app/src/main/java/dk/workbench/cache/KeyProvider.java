package dk.workbench.cache;

import javax.crypto.SecretKey;

/**
 * Source of the 256-bit key-encryption key that wraps the cache's data key (see
 * {@link CacheKeys}). Implementations keep the key outside the database: a key file with
 * owner-only permissions ({@link KeyFileProvider}) or, later, the OS keyring.
 *
 * <p>Losing or replacing the key makes the cache unreadable; {@link CacheDatabase#open} then
 * starts an empty cache and says so. {@link #destroy()} is how "Slet cache" crypto-shreds it.
 */
public interface KeyProvider {

  /** A key-encryption key and whether this call had to create it (none existed before). */
  record ProvidedKey(SecretKey key, boolean created) {}

  /**
   * The key-encryption key (AES, 32 bytes), created and stored if there is none.
   *
   * @throws CacheException if the key store cannot be read or written at all
   */
  ProvidedKey keyEncryptionKey();

  /** Deletes the key for good, so every cache it wrapped becomes unreadable. Idempotent. */
  void destroy();

  /** Where the key is kept, for diagnostics; contains no key material. */
  String description();
}
