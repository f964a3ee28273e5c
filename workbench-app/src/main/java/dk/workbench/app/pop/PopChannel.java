package dk.workbench.app.pop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where the running workbench listens for screen-pops: its loopback port and a per-start random
 * token, in {@code pop.json} in the staff user's data folder (owner-only, like the cache key).
 * Only someone who can read that file (the same OS user) can pop a citizen.
 *
 * @param port the loopback port
 * @param token the secret the caller sends in {@link #TOKEN_HEADER}
 */
public record PopChannel(int port, String token) {
  /** The request header carrying the token. */
  public static final String TOKEN_HEADER = "X-Workbench-Pop-Token";
  static final String FILE = "pop.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A new channel for {@code port} with a fresh 256-bit token. */
  static PopChannel create(int port) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return new PopChannel(port, HexFormat.of().formatHex(secret));
  }

  /** Writes the file (owner-only, replaced atomically). */
  void publish(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "pop", ".tmp");
    if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    }
    Files.write(temp, JSON.writeValueAsBytes(this));
    Files.move(temp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Deletes the file if it still names this channel (another instance may have replaced it). */
  void withdraw(Path folder) {
    try {
      if (read(folder).filter(this::equals).isPresent()) {
        Files.deleteIfExists(folder.resolve(FILE));
      }
    } catch (IOException e) {
      // a stale file is harmless: the next pop finds no one listening and starts an instance
    }
  }

  /** The published channel, if there is a readable one. */
  public static Optional<PopChannel> read(Path folder) {
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(folder.resolve(FILE)), PopChannel.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** No token. */
  @Override
  public String toString() {
    return "PopChannel[port=" + port + "]";
  }
}
