package dk.workbench.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** The app module's sources and bundles as files, for the source-scanning language tests. */
final class SourceTree {
  /** Surefire runs in the module folder. */
  static final Path MAIN = Path.of("src", "main");
  static final Path JAVA = MAIN.resolve("java");
  static final Path RESOURCES = MAIN.resolve("resources");
  static final Path UI_JAVA = JAVA.resolve("dk/workbench/ui");
  static final Path APP_JAVA = JAVA.resolve("dk/workbench/app");
  static final Path DANISH = RESOURCES.resolve("dk/workbench/ui/messages.properties");
  static final Path ENGLISH = RESOURCES.resolve("dk/workbench/ui/messages_en.properties");

  private SourceTree() {}

  /** Every file under {@code folder} whose name ends with {@code suffix}. */
  static List<Path> files(Path folder, String suffix) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bundle file as {@code Properties} (read as UTF-8, as Java 9+ reads resource bundles). */
  static Properties bundle(Path file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** The line number (1-based) of a character offset, for messages that name the place. */
  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
