package dk.workbench.cache;

import dk.workbench.contracts.cpr.CprNumber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cache's keys and the two things done with them.
 *
 * <ul>
 *   <li>A random 256-bit <b>data key</b> encrypts payloads with AES-256-GCM: a fresh random
 *       96-bit nonce per {@link #seal}, stored in front of the ciphertext, and caller-supplied
 *       associated data binding the ciphertext to its row.
 *   <li>A <b>citizen-key</b> HMAC-SHA-256 key, derived from the data key (HKDF-Expand with its
 *       own label), turns a CPR number into the 32-byte row key stored instead of the number.
 * </ul>
 *
 * <p>The data key is stored in the database only wrapped (AES-256-GCM) by the
 * {@link KeyProvider}'s key-encryption key; without that key nothing in the file can be read or
 * linked to a CPR number. Instances are immutable and thread-safe.
 */
public final class CacheKeys {
  static final int KEY_BYTES = 32;
  static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String AES_GCM = "AES/GCM/NoPadding";
  private static final String HMAC = "HmacSHA256";
  private static final byte[] WRAP_AAD = "dk.workbench.cache/data-key/v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CITIZEN_KEY_INFO = "dk.workbench.cache/citizen-key/v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] AUDIT_KEY_INFO = "dk.workbench.cache/audit-chain/v1".getBytes(StandardCharsets.US_ASCII);

  private final SecretKey dataKey;
  private final SecretKey citizenMacKey;
  private final SecretKey auditMacKey;
  private final SecureRandom random;

  private CacheKeys(byte[] dataKeyBytes, SecureRandom random) {
    this.dataKey = new SecretKeySpec(dataKeyBytes, "AES");
    this.citizenMacKey = new SecretKeySpec(hkdfExpand(dataKeyBytes, CITIZEN_KEY_INFO), HMAC);
    this.auditMacKey = new SecretKeySpec(hkdfExpand(dataKeyBytes, AUDIT_KEY_INFO), HMAC);
    this.random = random;
  }

  /** New keys from a fresh random data key. */
  static CacheKeys generate(SecureRandom random) {
    byte[] key = new byte[KEY_BYTES];
    random.nextBytes(key);
    try {
      return new CacheKeys(key, random);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** The data key wrapped by {@code keyEncryptionKey}: nonce followed by ciphertext and tag. */
  byte[] wrap(SecretKey keyEncryptionKey) {
    return encrypt(keyEncryptionKey, dataKey.getEncoded(), WRAP_AAD, random);
  }

  /**
   * Unwraps a data key stored by {@link #wrap}.
   *
   * @throws AEADBadTagException when {@code keyEncryptionKey} is not the key it was wrapped with
   */
  static CacheKeys unwrap(byte[] wrapped, SecretKey keyEncryptionKey, SecureRandom random) throws AEADBadTagException {
    byte[] key = decrypt(keyEncryptionKey, wrapped, WRAP_AAD);
    try {
      if (key.length != KEY_BYTES) {
        throw new AEADBadTagException("unexpected data key length");
      }
      return new CacheKeys(key, random);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** The 32-byte row key of a citizen: HMAC-SHA-256 of the ten digits. Never reversible without the key. */
  public byte[] citizenKey(CprNumber cpr) {
    return mac(citizenMacKey, cpr.value().getBytes(StandardCharsets.US_ASCII));
  }

  /** The audit chain's link: an HMAC-SHA-256 under a key of its own, so that nobody without the key can forge a chain. */
  public byte[] auditMac(byte[] data) {
    return mac(auditMacKey, data);
  }

  private static byte[] mac(SecretKey key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Encrypts with the data key under a fresh nonce; returns nonce ‖ ciphertext ‖ tag. */
  public byte[] seal(byte[] plaintext, byte[] associatedData) {
    return encrypt(dataKey, plaintext, associatedData, random);
  }

  /**
   * Decrypts what {@link #seal} produced with the same associated data.
   *
   * @throws AEADBadTagException when the bytes were altered, belong to another row or another key
   */
  public byte[] open(byte[] sealed, byte[] associatedData) throws AEADBadTagException {
    return decrypt(dataKey, sealed, associatedData);
  }

  static byte[] encrypt(SecretKey key, byte[] plaintext, byte[] aad, SecureRandom random) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(AES_GCM);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad);
      byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      int n = cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
      return n + NONCE_BYTES == out.length ? out : Arrays.copyOf(out, NONCE_BYTES + n);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  static byte[] decrypt(SecretKey key, byte[] sealed, byte[] aad) throws AEADBadTagException {
    if (sealed == null || sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new AEADBadTagException("ciphertext too short");
    }
    try {
      Cipher cipher = Cipher.getInstance(AES_GCM);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(aad);
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      AEADBadTagException bad = new AEADBadTagException("cannot decrypt: " + e.getClass().getSimpleName());
      bad.initCause(e);
      throw bad;
    }
  }

  /** RFC 5869 HKDF-Expand with a 32-byte output (one block): HMAC(prk, info ‖ 0x01). */
  static byte[] hkdfExpand(byte[] prk, byte[] info) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(prk, HMAC));
      mac.update(info);
      mac.update((byte) 1);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Associated data that ties a payload to its row: label, parts each length-prefixed. */
  static byte[] associatedData(String label, byte[] citizenKey, String section, long fetchedAtMillis) {
    byte[] l = label.getBytes(StandardCharsets.UTF_8);
    byte[] s = section.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(4 + l.length + 4 + citizenKey.length + 4 + s.length + 8)
        .putInt(l.length).put(l)
        .putInt(citizenKey.length).put(citizenKey)
        .putInt(s.length).put(s)
        .putLong(fetchedAtMillis)
        .array();
  }
}
