package dk.workbench.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link KeyProvider} that keeps the 256-bit key-encryption key as 32 raw bytes in a file
 * readable and writable by its owner only (POSIX {@code 600}; on Windows an ACL granting the
 * owner alone). The file is created with a fresh random key when missing; a file of the wrong
 * size is replaced (the cache it wrapped is then unreadable and gets recreated), and permissions
 * wider than owner-only are narrowed.
 */
public final class KeyFileProvider implements KeyProvider {
  private static final Logger log = LoggerFactory.getLogger(KeyFileProvider.class);
  private static final int KEY_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private final Path file;
  private final SecureRandom random;

  public KeyFileProvider(Path file) {
    this(file, new SecureRandom());
  }

  KeyFileProvider(Path file, SecureRandom random) {
    this.file = file.toAbsolutePath().normalize();
    this.random = random;
  }

  /** The provider for {@link CacheLocation#keyFile()}. */
  public static KeyFileProvider at(CacheLocation location) {
    return new KeyFileProvider(location.keyFile());
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized ProvidedKey keyEncryptionKey() {
    try {
      Files.createDirectories(file.getParent());
      for (int attempt = 0; attempt < 3; attempt++) {
        byte[] existing = readIfPresent();
        if (existing != null) {
          if (existing.length == KEY_BYTES) {
            narrowPermissions();
            return new ProvidedKey(toKey(existing), false);
          }
          log.warn("Cache key file {} has the wrong size; replacing it (the cache it protected cannot be read)", file);
          Arrays.fill(existing, (byte) 0);
          Files.deleteIfExists(file);
        }
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        try {
          writeNew(fresh);
          log.info("Created cache key file {}", file);
          return new ProvidedKey(toKey(fresh), true);
        } catch (FileAlreadyExistsException raced) {
          // another process created it between our read and write: use theirs
        } finally {
          Arrays.fill(fresh, (byte) 0);
        }
      }
      throw new CacheException("Cache key file " + file + " keeps changing");
    } catch (IOException e) {
      throw new CacheException("Cannot read or create the cache key file " + file, e);
    }
  }

  @Override
  public synchronized void destroy() {
    try {
      if (Files.exists(file)) {
        // Best effort: overwrite before unlinking (SSDs and copy-on-write file systems may keep old blocks).
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
          long size = ch.size();
          ch.write(ByteBuffer.allocate((int) Math.min(size, 4096)), 0);
          ch.force(true);
        } catch (IOException e) {
          log.warn("Could not overwrite the cache key file before deleting it: {}", e.toString());
        }
      }
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new CacheException("Cannot delete the cache key file " + file, e);
    }
  }

  @Override
  public String description() {
    return "key file " + file;
  }

  private byte[] readIfPresent() throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private void writeNew(byte[] key) throws IOException {
    boolean posix = posix();
    FileAttribute<?>[] attrs = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
    try (FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attrs)) {
      if (!posix) {
        restrictAclToOwner();
      }
      ByteBuffer buf = ByteBuffer.wrap(key);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
  }

  private void narrowPermissions() throws IOException {
    if (!posix()) {
      return;
    }
    Set<PosixFilePermission> current = Files.getPosixFilePermissions(file);
    if (!OWNER_ONLY.containsAll(current)) {
      log.warn("Cache key file {} was readable by others ({}); narrowing to owner-only", file, PosixFilePermissions.toString(current));
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  private void restrictAclToOwner() {
    AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
    if (acl == null) {
      return;
    }
    try {
      UserPrincipal owner = Files.getOwner(file);
      AclEntry entry = AclEntry.newBuilder()
          .setType(AclEntryType.ALLOW)
          .setPrincipal(owner)
          .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA, AclEntryPermission.APPEND_DATA,
              AclEntryPermission.READ_ATTRIBUTES, AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_NAMED_ATTRS,
              AclEntryPermission.WRITE_NAMED_ATTRS, AclEntryPermission.READ_ACL, AclEntryPermission.WRITE_ACL,
              AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE))
          .build();
      acl.setAcl(List.of(entry));
    } catch (IOException | UnsupportedOperationException e) {
      log.warn("Could not restrict the cache key file to its owner: {}", e.toString());
    }
  }

  private boolean posix() {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static SecretKeySpec toKey(byte[] bytes) {
    return new SecretKeySpec(bytes, "AES");
  }
}
