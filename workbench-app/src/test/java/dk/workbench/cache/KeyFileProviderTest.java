package dk.workbench.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileProviderTest {
  @TempDir Path dir;

  @Test
  void createsA256BitKeyOnceAndReusesIt() throws Exception {
    KeyFileProvider provider = new KeyFileProvider(dir.resolve("sub/cache.key"));
    KeyProvider.ProvidedKey first = provider.keyEncryptionKey();
    assertThat(first.created()).isTrue();
    assertThat(first.key().getEncoded()).hasSize(32);
    assertThat(Files.readAllBytes(provider.file())).isEqualTo(first.key().getEncoded());

    KeyProvider.ProvidedKey again = new KeyFileProvider(provider.file()).keyEncryptionKey();
    assertThat(again.created()).isFalse();
    assertThat(again.key().getEncoded()).isEqualTo(first.key().getEncoded());
  }

  @Test
  void keyFileIsOwnerOnly() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    KeyFileProvider provider = new KeyFileProvider(dir.resolve("cache.key"));
    provider.keyEncryptionKey();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(provider.file()))).isEqualTo("rw-------");
  }

  @Test
  void widerPermissionsAreNarrowed() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    KeyFileProvider provider = new KeyFileProvider(dir.resolve("cache.key"));
    provider.keyEncryptionKey();
    Files.setPosixFilePermissions(provider.file(), PosixFilePermissions.fromString("rw-r--r--"));
    provider.keyEncryptionKey();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(provider.file()))).isEqualTo("rw-------");
  }

  @Test
  void aKeyFileOfTheWrongSizeIsReplaced() throws Exception {
    Path file = dir.resolve("cache.key");
    Files.write(file, new byte[] {1, 2, 3});
    KeyProvider.ProvidedKey key = new KeyFileProvider(file).keyEncryptionKey();
    assertThat(key.created()).isTrue();
    assertThat(Files.size(file)).isEqualTo(32);
  }

  @Test
  void destroyDeletesTheKeyAndIsIdempotent() throws Exception {
    KeyFileProvider provider = new KeyFileProvider(dir.resolve("cache.key"));
    byte[] old = provider.keyEncryptionKey().key().getEncoded();
    provider.destroy();
    assertThat(provider.file()).doesNotExist();
    provider.destroy();
    KeyProvider.ProvidedKey fresh = provider.keyEncryptionKey();
    assertThat(fresh.created()).isTrue();
    assertThat(fresh.key().getEncoded()).isNotEqualTo(old);
  }
}
