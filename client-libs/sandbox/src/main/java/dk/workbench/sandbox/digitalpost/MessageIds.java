package dk.workbench.sandbox.digitalpost;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The message UUIDs of generated post: the citizen's CPR number and the message's index,
 * encrypted as one AES block under a key drawn from the seed. So a UUID leads back to its
 * message without any table (memory stays flat for 10,000 messages), the same seed always
 * gives the same UUIDs, and no UUID shows the CPR number it belongs to. A UUID that does not
 * decrypt to the marker is not one of ours.
 */
final class MessageIds {
  /** A generated message: whose, and which (0 = the oldest). */
  record Generated(String cpr, int index) {}

  private static final int MARKER = 0x4d654d6f; // "MeMo"

  private final SecretKeySpec key;

  MessageIds(long seed) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("workbench-sandbox-digitalpost:" + seed).getBytes(StandardCharsets.UTF_8));
      this.key = new SecretKeySpec(Arrays.copyOf(digest, 16), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  UUID uuid(String cpr, int index) {
    ByteBuffer plain = ByteBuffer.allocate(16).putLong(Long.parseLong(cpr)).putInt(index).putInt(MARKER);
    ByteBuffer block = ByteBuffer.wrap(crypt(Cipher.ENCRYPT_MODE, plain.array()));
    return new UUID(block.getLong(), block.getLong());
  }

  Optional<Generated> decode(UUID uuid) {
    byte[] block = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits()).array();
    ByteBuffer plain = ByteBuffer.wrap(crypt(Cipher.DECRYPT_MODE, block));
    long cpr = plain.getLong();
    int index = plain.getInt();
    if (plain.getInt() != MARKER || cpr < 0 || cpr > 9_999_999_999L || index < 0) {
      return Optional.empty();
    }
    return Optional.of(new Generated(String.format("%010d", cpr), index));
  }

  /** One AES block: a keyed permutation of 128 bits (ECB is right for exactly one block). */
  private byte[] crypt(int mode, byte[] block) {
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(mode, key);
      return cipher.doFinal(block);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is part of every JDK", e);
    }
  }
}
