package dk.workbench.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No visible text is written into the ui code or FXML: controls get their texts from the
 * bundles. A source scan: a string literal with a letter in it, given to a control's constructor
 * or to a text setter, or an FXML text attribute without {@code %}, is a hard-coded text.
 */
class HardCodedTextTest {
  /** A string literal that holds at least one letter (punctuation such as " · " is not a text). */
  private static final String TEXT_LITERAL = "\"((?:[^\"\\\\]|\\\\.)*\\p{L}(?:[^\"\\\\]|\\\\.)*)\"";
  private static final Pattern CONSTRUCTOR = Pattern.compile(
      "new\\s+(?:Label|Button|Tooltip|Tab|Menu|MenuItem|MenuButton|CheckBox|CheckMenuItem|RadioButton|RadioMenuItem"
          + "|Hyperlink|TitledPane|ToggleButton|Text|Alert|TextField|TextArea|Dialog|ButtonType)\\s*\\(\\s*(?:[^,()]*,\\s*)?"
          + TEXT_LITERAL);
  private static final Pattern SETTER = Pattern.compile(
      "\\.set(?:Text|PromptText|Title|HeaderText|ContentText|AccessibleText|AccessibleHelp|AccessibleRoleDescription)"
          + "\\s*\\(\\s*" + TEXT_LITERAL);
  private static final Pattern FXML_TEXT = Pattern.compile(
      "\\b(?:text|promptText|title|accessibleText|accessibleHelp|accessibleRoleDescription)=\"([^%\"][^\"]*)\"");

  /**
   * Allowed literals, with the reason (file name → literal). Keep it short and explain each
   * one; an entry without a good reason is a bug in the ui code.
   */
  private static final Map<String, String> ALLOWED = Map.of();

  @Test
  void noHardCodedTextInTheUiCode() {
    List<String> found = new ArrayList<>();
    for (Path file : SourceTree.files(SourceTree.UI_JAVA, ".java")) {
      found.addAll(scan(file, SourceTree.read(file), CONSTRUCTOR));
      found.addAll(scan(file, SourceTree.read(file), SETTER));
    }
    assertThat(found).as("hard-coded texts in dk.workbench.ui (use messages.get(\"key\"))").isEmpty();
  }

  @Test
  void noHardCodedTextInTheFxml() {
    List<String> found = new ArrayList<>();
    List<Path> fxml = SourceTree.files(SourceTree.RESOURCES, ".fxml");
    for (Path file : fxml) {
      found.addAll(scan(file, SourceTree.read(file), FXML_TEXT));
    }
    assertThat(fxml).as("FXML files scanned").isNotEmpty();
    assertThat(found).as("FXML texts without %key").isEmpty();
  }

  @Test
  void theScanFindsEachKindOfHardCodedText() {
    Path file = Path.of("Example.java");
    assertThat(scan(file, "Label l = new Label(\"Navn\");", CONSTRUCTOR)).hasSize(1);
    assertThat(scan(file, "Button b = new Button(\"Søg\", icon);", CONSTRUCTOR)).hasSize(1);
    assertThat(scan(file, "Alert a = new Alert(AlertType.ERROR, \"Fejl opstod\");", CONSTRUCTOR)).hasSize(1);
    assertThat(scan(file, "field.setPromptText(\"CPR-nummer\");", SETTER)).hasSize(1);
    assertThat(scan(file, "label.setText(\"Hentet \" + time);", SETTER)).hasSize(1);
    assertThat(scan(file, "<Label text=\"Navn\"/>", FXML_TEXT)).hasSize(1);
    // what is fine: texts from the bundle, punctuation, FXML %keys
    assertThat(scan(file, "new Label(messages.get(\"lookup.search\"))", CONSTRUCTOR)).isEmpty();
    assertThat(scan(file, "label.setText(\" · \");", SETTER)).isEmpty();
    assertThat(scan(file, "label.setText(\"\");", SETTER)).isEmpty();
    assertThat(scan(file, "<Label text=\"%lookup.search\"/>", FXML_TEXT)).isEmpty();
  }

  private static List<String> scan(Path file, String source, Pattern pattern) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(source);
    while (m.find()) {
      String literal = m.group(1);
      if (literal.equals(ALLOWED.get(file.getFileName().toString()))) {
        continue;
      }
      String where = file.startsWith(SourceTree.MAIN) ? SourceTree.MAIN.relativize(file).toString() : file.toString();
      found.add(where + ":" + SourceTree.lineOf(source, m.start()) + " \"" + literal + "\"");
    }
    return found;
  }
}
