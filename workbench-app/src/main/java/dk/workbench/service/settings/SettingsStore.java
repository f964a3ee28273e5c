package dk.workbench.service.settings;

import dk.workbench.cache.SecretSeal;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One staff user's saved settings: {@code settings.properties} in their data folder, keyed by the
 * workbench's own property names ({@code workbench.backend.base-url=…}), so that the app can
 * lay them under the deploy-time configuration as they are (ADR 14). Written atomically (a
 * temporary file moved over the old one) and owner-only where the file system has POSIX
 * permissions. The certificate's password is stored only sealed ({@link SecretSeal}).
 *
 * <p>Reading never fails: a file that cannot be read gives no settings and a notice; values that
 * break the rules are left out and named.
 */
public final class SettingsStore {
  /** The file's name in the user's data folder. */
  public static final String FILE_NAME = "settings.properties";

  public static final String MODE = "workbench.mode";
  public static final String BASE_URL = "workbench.backend.base-url";
  public static final String CERTIFICATE = "workbench.backend.client-certificate";
  /** In the loaded values only, opened from {@link #SEALED_PASSWORD}; never written. */
  public static final String CERTIFICATE_PASSWORD = "workbench.backend.client-certificate-password";
  /** In the file: the password sealed under the cache key. */
  public static final String SEALED_PASSWORD = "workbench.backend.client-certificate-password-sealed";
  public static final String RETENTION = "workbench.cache.retention";
  public static final String LANGUAGE = "workbench.language";
  public static final String THEME = "workbench.ui.theme";
  public static final String FONT_SCALE = "workbench.ui.font-scale";

  /** Font scale bounds in percent of the 14 px base. */
  public static final int MIN_FONT_SCALE = 80;
  public static final int MAX_FONT_SCALE = 200;

  private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);
  private static final List<String> KEYS = List.of(MODE, BASE_URL, CERTIFICATE, SEALED_PASSWORD, RETENTION, LANGUAGE,
      THEME, FONT_SCALE);

  /**
   * What was read.
   *
   * @param values the usable settings by property name (the password opened), in file order
   * @param unreadable true when the file exists but could not be read at all (then {@code values} is empty)
   * @param ignored the names of settings left out because their value breaks the rules (or the password could not be opened)
   */
  public record Loaded(Map<String, String> values, boolean unreadable, List<String> ignored) {
    public Loaded {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      ignored = List.copyOf(ignored);
    }

    /** True when something in the file could not be used (the user should be told). */
    public boolean hasNotice() {
      return unreadable || !ignored.isEmpty();
    }
  }

  private final Path file;
  private final SecretSeal seal;

  /**
   * @param folder the staff user's data folder
   * @param seal seals and opens the certificate password
   */
  public SettingsStore(Path folder, SecretSeal seal) {
    this.file = folder.resolve(FILE_NAME).toAbsolutePath().normalize();
    this.seal = Objects.requireNonNull(seal, "seal == null");
  }

  public Path file() {
    return file;
  }

  /** The saved settings; no file gives none, without a notice. */
  public synchronized Loaded load() {
    Properties raw;
    try {
      raw = readRaw();
    } catch (IOException | IllegalArgumentException e) {
      log.warn("The settings file {} cannot be read ({}); using the defaults", file, e.getClass().getSimpleName());
      return new Loaded(Map.of(), true, List.of());
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    for (String key : KEYS) {
      String text = raw.getProperty(key);
      if (text == null || text.isBlank()) {
        continue;
      }
      if (key.equals(SEALED_PASSWORD)) {
        seal.open(text).ifPresentOrElse(password -> values.put(CERTIFICATE_PASSWORD, password), () -> ignored.add(CERTIFICATE_PASSWORD));
      } else if (valid(key, text.strip())) {
        values.put(key, text.strip());
      } else {
        ignored.add(key);
      }
    }
    for (String key : raw.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        ignored.add(key);
      }
    }
    if (!ignored.isEmpty()) {
      log.warn("Settings file {}: left out {}", file, ignored);
    }
    return new Loaded(values, false, ignored);
  }

  /**
   * Writes {@code changes} over the saved settings: a null or blank value removes the setting,
   * {@link #CERTIFICATE_PASSWORD} is sealed. Other saved settings stay.
   *
   * @throws IllegalArgumentException for a key that is no user setting or a value that breaks the rules
   * @throws UncheckedIOException when the file cannot be written
   */
  public synchronized void save(Map<String, String> changes) {
    Properties raw;
    try {
      raw = readRaw();
    } catch (IOException | IllegalArgumentException e) {
      raw = new Properties(); // an unreadable file is replaced
    }
    for (Map.Entry<String, String> change : changes.entrySet()) {
      String key = change.getKey();
      String value = change.getValue() == null ? "" : change.getValue().strip();
      if (key.equals(CERTIFICATE_PASSWORD)) {
        key = SEALED_PASSWORD;
        value = change.getValue() == null || change.getValue().isEmpty() ? "" : seal.seal(change.getValue());
      } else if (!KEYS.contains(key) || key.equals(SEALED_PASSWORD)) {
        throw new IllegalArgumentException("not a user setting: " + key);
      } else if (!value.isEmpty() && !valid(key, value)) {
        throw new IllegalArgumentException("not a valid value for " + key);
      }
      if (value.isEmpty()) {
        raw.remove(key);
      } else {
        raw.setProperty(key, value);
      }
    }
    write(raw);
  }

  private Properties readRaw() throws IOException {
    Properties raw = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      raw.load(in);
    } catch (NoSuchFileException e) {
      return raw;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException("not UTF-8 text", e);
    }
    return raw;
  }

  private void write(Properties raw) {
    StringWriter text = new StringWriter();
    text.write("# Citizen Workbench: this user's settings (written by Indstillinger; see README, Configuration)\n");
    for (Map.Entry<String, String> entry : new TreeMap<>(toMap(raw)).entrySet()) {
      Properties one = new Properties();
      one.setProperty(entry.getKey(), entry.getValue());
      StringWriter line = new StringWriter();
      try {
        one.store(line, null);
      } catch (IOException impossible) {
        throw new UncheckedIOException(impossible);
      }
      line.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> text.write(l + "\n"));
    }
    try {
      Path folder = file.getParent();
      Files.createDirectories(folder);
      Path temp = posix() ? Files.createTempFile(folder, ".settings", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
          : Files.createTempFile(folder, ".settings", ".tmp");
      try {
        Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the settings file " + file, e);
    }
  }

  private static Map<String, String> toMap(Properties raw) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String key : raw.stringPropertyNames()) {
      map.put(key, raw.getProperty(key));
    }
    return map;
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Whether {@code text} is a usable value for {@code key}. */
  static boolean valid(String key, String text) {
    try {
      return switch (key) {
        case MODE -> text.equals("demo") || text.equals("connected");
        case BASE_URL -> SettingsCheck.baseUrl(text) != null;
        case CERTIFICATE -> !text.isBlank() && Path.of(text).isAbsolute();
        case RETENTION -> SettingsCheck.retention(text) != null;
        case LANGUAGE -> text.equals("da") || text.equals("en");
        case THEME -> Theme.fromKey(text) != null;
        case FONT_SCALE -> {
          int scale = Integer.parseInt(text);
          yield scale >= MIN_FONT_SCALE && scale <= MAX_FONT_SCALE;
        }
        default -> false;
      };
    } catch (InvalidSettingException | RuntimeException e) {
      return false;
    }
  }
}
