package dk.workbench.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both languages are complete: the Danish and the English bundle hold the same keys, no text is
 * blank, and every key the code or FXML uses is in the bundles. Keys used in code are found by
 * scanning the sources for key-shaped string literals ({@code "lookup.search"}); a literal that
 * ends with a dot, or that code extends with {@code "." + value}, is a prefix and must start at
 * least one key. Arguments of {@code getProperty(…)} are system properties, not keys.
 */
class BundleCompletenessTest {
  /** A string literal shaped like a message key: lower-case start, at least one dot, no spaces. */
  private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+\\.?)\"");
  /** {@code messages.get("…")} anywhere (the app layer also uses the bundle, for start-up texts). */
  private static final Pattern GET_CALL = Pattern.compile("messages\\.get\\(\"([^\"]+)\"");
  /** {@code %key} in an FXML attribute. */
  private static final Pattern FXML_KEY = Pattern.compile("=\"%([^\"]+)\"");

  /**
   * Key-shaped literals in the ui code that are not keys, with the reason. Keep it short: a new
   * entry needs a reason a reviewer accepts.
   */
  private static final Set<String> NOT_KEYS = Set.of(
      "d.M.yyyy",                   // date pattern (DateTimeFormatter.ofPattern)
      "dk.workbench.ui.messages");  // the bundle's own base name (Messages.BUNDLE)

  private final Properties danish = SourceTree.bundle(SourceTree.DANISH);
  private final Properties english = SourceTree.bundle(SourceTree.ENGLISH);

  @Test
  void bothBundlesHaveTheSameKeys() {
    Set<String> onlyDanish = new TreeSet<>(danish.stringPropertyNames());
    onlyDanish.removeAll(english.stringPropertyNames());
    Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
    onlyEnglish.removeAll(danish.stringPropertyNames());

    assertThat(danish.stringPropertyNames()).as("the Danish bundle is read").isNotEmpty();
    assertThat(onlyDanish).as("keys missing from messages_en.properties").isEmpty();
    assertThat(onlyEnglish).as("keys missing from messages.properties (Danish)").isEmpty();
  }

  @Test
  void noTextIsBlank() {
    List<String> blank = new ArrayList<>();
    danish.forEach((k, v) -> { if (v.toString().isBlank()) blank.add("da: " + k); });
    english.forEach((k, v) -> { if (v.toString().isBlank()) blank.add("en: " + k); });
    assertThat(blank).isEmpty();
  }

  @Test
  void everyKeyTheUiCodeUsesIsInTheBundles() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Path file : SourceTree.files(SourceTree.UI_JAVA, ".java")) {
      String source = SourceTree.read(file);
      Matcher m = KEY_LITERAL.matcher(source);
      while (m.find()) {
        String literal = m.group(1);
        if (NOT_KEYS.contains(literal) || source.startsWith("getProperty(", m.start() - "getProperty(".length())) {
          continue;
        }
        checked++;
        if (!isKeyOrPrefix(literal)) {
          missing.add(SourceTree.MAIN.relativize(file) + ":" + SourceTree.lineOf(source, m.start()) + " \"" + literal + "\"");
        }
      }
    }
    assertThat(checked).as("key literals found in the ui code").isGreaterThan(50);
    assertThat(missing).as("keys used in dk.workbench.ui but in no bundle").isEmpty();
  }

  @Test
  void everyKeyTheAppLayerAsksForIsInTheBundles() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Path file : SourceTree.files(SourceTree.APP_JAVA, ".java")) {
      String source = SourceTree.read(file);
      Matcher m = GET_CALL.matcher(source);
      while (m.find()) {
        checked++;
        if (!danish.containsKey(m.group(1))) {
          missing.add(SourceTree.MAIN.relativize(file) + ":" + SourceTree.lineOf(source, m.start()) + " \"" + m.group(1) + "\"");
        }
      }
    }
    assertThat(checked).as("messages.get calls found in the app layer").isPositive();
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyTheFxmlUsesIsInTheBundles() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Path file : SourceTree.files(SourceTree.RESOURCES, ".fxml")) {
      String fxml = SourceTree.read(file);
      Matcher m = FXML_KEY.matcher(fxml);
      while (m.find()) {
        checked++;
        if (!danish.containsKey(m.group(1))) {
          missing.add(SourceTree.MAIN.relativize(file) + ":" + SourceTree.lineOf(fxml, m.start()) + " %" + m.group(1));
        }
      }
    }
    assertThat(checked).as("%keys found in FXML").isPositive();
    assertThat(missing).isEmpty();
  }

  @Test
  void aMissingKeyWouldBeFound() {
    // the check itself: a made-up key is neither a key nor a prefix, a real prefix is one
    assertThat(isKeyOrPrefix("lookup.noSuchText")).isFalse();
    assertThat(isKeyOrPrefix("lookup.search")).isTrue();
    assertThat(isKeyOrPrefix("call.channel.")).isTrue();
  }

  /** A key in the Danish bundle (the other bundle is checked to match), or the start of some keys. */
  private boolean isKeyOrPrefix(String literal) {
    if (danish.containsKey(literal)) {
      return true;
    }
    String prefix = literal.endsWith(".") ? literal : literal + ".";
    return danish.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix));
  }
}
