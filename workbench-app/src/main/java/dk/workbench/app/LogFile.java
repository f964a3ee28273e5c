package dk.workbench.app;

import dk.workbench.cache.CacheLocation;
import java.nio.file.Path;

/**
 * Where the workbench writes its log: {@code <user data>/CitizenWorkbench/logs/workbench.log}
 * ({@code ~/.local/share/…} on Linux, {@code %LOCALAPPDATA%\…} on Windows,
 * {@code ~/Library/Application Support/…} on macOS). Spring Boot's logging writes the file
 * (rolled at 10 MB, seven days kept) once {@code logging.file.name} is set; a
 * {@code logging.file.name} or {@code logging.file.path} given by the user wins.
 */
public final class LogFile {
  /** Spring Boot's property for the log file. */
  static final String NAME_PROPERTY = "logging.file.name";
  static final String PATH_PROPERTY = "logging.file.path";

  private LogFile() {}

  /** The default log file in this OS's user-data folder. */
  public static Path defaultLocation() {
    return CacheLocation.userDataFolder().resolve(CacheLocation.APP_FOLDER).resolve("logs").resolve("workbench.log");
  }

  /** Sets {@code logging.file.name} to the default unless a log file is configured already; call before Spring starts. */
  static void configureDefault() {
    if (System.getProperty(NAME_PROPERTY) == null && System.getProperty(PATH_PROPERTY) == null
        && System.getenv("LOGGING_FILE_NAME") == null && System.getenv("LOGGING_FILE_PATH") == null) {
      System.setProperty(NAME_PROPERTY, defaultLocation().toString());
    }
  }

  /** The log file as configured through system properties, or null when none is written. */
  public static Path current() {
    String name = System.getProperty(NAME_PROPERTY, System.getenv("LOGGING_FILE_NAME"));
    if (name != null && !name.isBlank()) {
      return Path.of(name).toAbsolutePath();
    }
    String folder = System.getProperty(PATH_PROPERTY, System.getenv("LOGGING_FILE_PATH"));
    return folder == null || folder.isBlank() ? null : Path.of(folder, "spring.log").toAbsolutePath();
  }
}
