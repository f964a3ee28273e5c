package dk.workbench.cache;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where one staff user's offline cache lives: a folder holding {@code cache.db} (the SQLite
 * file, with its {@code -wal} and {@code -shm} companions) and, for {@link KeyFileProvider},
 * {@code cache.key}.
 *
 * <p>{@link #forUser(String)} places it in the OS's user-data folder under
 * {@code CitizenWorkbench/<username>/}: {@code $XDG_DATA_HOME} or {@code ~/.local/share} on
 * Linux and other Unixes, {@code %LOCALAPPDATA%} on Windows, {@code ~/Library/Application
 * Support} on macOS. {@link #inDirectory(Path)} uses a given folder instead (tests, or a
 * configured override).
 */
public final class CacheLocation {

  /** The folder under the user-data folder that holds one subfolder per staff user. */
  public static final String APP_FOLDER = "CitizenWorkbench";
  public static final String DATABASE_FILE = "cache.db";
  public static final String KEY_FILE = "cache.key";

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._@-]");

  private final Path directory;

  private CacheLocation(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  /** The cache of {@code username} in this OS's user-data folder. */
  public static CacheLocation forUser(String username) {
    return forUser(userDataFolder(System.getProperty("os.name", ""), System.getenv(),
        System.getProperty("user.home", ".")), username);
  }

  /** The cache of {@code username} under {@code userDataFolder/CitizenWorkbench/}. */
  public static CacheLocation forUser(Path userDataFolder, String username) {
    return new CacheLocation(userDataFolder.resolve(APP_FOLDER).resolve(folderName(username)));
  }

  /** A cache in exactly this folder. */
  public static CacheLocation inDirectory(Path directory) {
    return new CacheLocation(Objects.requireNonNull(directory, "directory"));
  }

  /** This OS's per-user data folder (see {@link #userDataFolder(String, Map, String)}), e.g. {@code ~/.local/share}. */
  public static Path userDataFolder() {
    return userDataFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
  }

  /**
   * The OS's per-user data folder: {@code %LOCALAPPDATA%} on Windows, {@code ~/Library/Application
   * Support} on macOS, otherwise {@code $XDG_DATA_HOME} when it is an absolute path, else
   * {@code ~/.local/share} (the XDG Base Directory default).
   */
  static Path userDataFolder(String osName, Map<String, String> env, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    Path home = Path.of(userHome);
    if (os.startsWith("windows")) {
      String local = env.get("LOCALAPPDATA");
      return isBlank(local) ? home.resolve("AppData").resolve("Local") : Path.of(local);
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return home.resolve("Library").resolve("Application Support");
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (!isBlank(xdg) && Path.of(xdg).isAbsolute()) { // the spec says to ignore relative paths
      return Path.of(xdg);
    }
    return home.resolve(".local").resolve("share");
  }

  /**
   * A file-system-safe folder name for a staff username: characters other than letters, digits,
   * {@code . _ @ -} become {@code _} (a Windows {@code DOMAIN\\user} becomes {@code DOMAIN_user}),
   * and names that would climb out of the folder are refused.
   */
  static String folderName(String username) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username is blank");
    }
    String name = UNSAFE.matcher(username.strip()).replaceAll("_");
    if (name.chars().allMatch(c -> c == '.')) {
      throw new IllegalArgumentException("username is not usable as a folder name");
    }
    return name;
  }

  public Path directory() {
    return directory;
  }

  /** The SQLite file. */
  public Path databaseFile() {
    return directory.resolve(DATABASE_FILE);
  }

  /** The key file used by {@link KeyFileProvider#at(CacheLocation)}. */
  public Path keyFile() {
    return directory.resolve(KEY_FILE);
  }

  /** The database file and the companions SQLite may create next to it. */
  public java.util.List<Path> databaseFiles() {
    Path db = databaseFile();
    return java.util.List.of(db, sibling(db, "-wal"), sibling(db, "-shm"), sibling(db, "-journal"));
  }

  /** Creates the folder (owner-only where POSIX permissions exist) if it is missing. */
  void createDirectory() throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(directory.getParent());
      try {
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // another process created it first
      }
    } else {
      Files.createDirectories(directory); // %LOCALAPPDATA% is already private to the user
    }
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CacheLocation other && other.directory.equals(directory);
  }

  @Override
  public int hashCode() {
    return directory.hashCode();
  }

  @Override
  public String toString() {
    return "CacheLocation[" + directory + "]";
  }
}
