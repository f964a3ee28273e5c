package dk.workbench.cache;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a small secret (the client certificate's password in the user settings) with AES-256-GCM
 * under a key derived from the cache's key-encryption key ({@link KeyProvider}, by default the
 * owner-only {@code cache.key} file): the secret is never written in clear, and "Slet cache",
 * which destroys that key, also makes the sealed secret unreadable (ADR 14).
 */
public final class SecretSeal {
  private static final byte[] INFO = "dk.workbench.settings/secret/v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] AAD = "dk.workbench.settings/certificate-password".getBytes(StandardCharsets.US_ASCII);

  private final KeyProvider keys;
  private final SecureRandom random = new SecureRandom();

  public SecretSeal(KeyProvider keys) {
    this.keys = Objects.requireNonNull(keys, "keys == null");
  }

  /** The seal of the cache at {@code location} (its key file). */
  public static SecretSeal at(CacheLocation location) {
    return new SecretSeal(KeyFileProvider.at(location));
  }

  /**
   * The secret sealed, as Base64 text (nonce, ciphertext, tag); creates the key file if there is none.
   *
   * @throws CacheException when the key cannot be read or created
   */
  public String seal(String secret) {
    byte[] plain = secret.getBytes(StandardCharsets.UTF_8);
    try {
      return Base64.getEncoder().encodeToString(CacheKeys.encrypt(key(), plain, AAD, random));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /**
   * The secret from {@link #seal}'s text; empty when it cannot be opened (the key was destroyed
   * or replaced, or the text was altered or is no seal).
   */
  public Optional<String> open(String sealed) {
    try {
      byte[] plain = CacheKeys.decrypt(key(), Base64.getDecoder().decode(sealed.strip()), AAD);
      String secret = new String(plain, StandardCharsets.UTF_8);
      Arrays.fill(plain, (byte) 0);
      return Optional.of(secret);
    } catch (AEADBadTagException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private SecretKey key() {
    byte[] derived = CacheKeys.hkdfExpand(keys.keyEncryptionKey().key().getEncoded(), INFO);
    try {
      return new SecretKeySpec(derived, "AES");
    } finally {
      Arrays.fill(derived, (byte) 0);
    }
  }
}
