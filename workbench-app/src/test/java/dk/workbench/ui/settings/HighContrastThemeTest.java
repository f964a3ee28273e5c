package dk.workbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The high-contrast stylesheet: text contrast of at least 4.5:1 (WCAG 1.4.3) and no standard colour left uncovered. */
class HighContrastThemeTest {
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
  private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})\\b");

  @Test
  void everyTextColourHasAtLeast45To1OnItsBackground() throws IOException {
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, String> rule : rules(css(Appearance.HIGH_CONTRAST_CSS)).entrySet()) {
      String text = colour(rule.getValue(), "-fx-text-fill");
      if (text == null) {
        continue;
      }
      String background = colour(rule.getValue(), "-fx-background-color");
      double ratio = contrast(text, background == null ? "000000" : background);
      assertThat(ratio).as("%s: #%s on #%s", rule.getKey(), text, background == null ? "000000" : background)
          .isGreaterThanOrEqualTo(4.5);
      checked.add(rule.getKey());
    }
    assertThat(checked).hasSizeGreaterThan(10);
  }

  @Test
  void theRootTextColoursContrastWithTheRootBackground() throws IOException {
    String root = rules(css(Appearance.HIGH_CONTRAST_CSS)).get(".root");
    String background = colour(root, "-fx-background");
    for (String property : List.of("-fx-text-base-color", "-fx-text-background-color", "-fx-text-inner-color",
        "-fx-prompt-text-fill")) {
      assertThat(contrast(colour(root, property), background)).as(property).isGreaterThanOrEqualTo(4.5);
    }
    assertThat(contrast(colour(root, "-fx-selection-bar-text"), colour(root, "-fx-selection-bar"))).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void everyColouredStyleOfTheStandardThemeIsOverridden() throws IOException {
    String highContrast = css(Appearance.HIGH_CONTRAST_CSS);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> rule : rules(css(Appearance.BASE_CSS)).entrySet()) {
      if (!HEX.matcher(rule.getValue()).find() && !rule.getValue().contains("white")) {
        continue; // sizes and padding only
      }
      for (String selector : rule.getKey().split(",")) {
        if (!selector.strip().equals(".root") && !highContrast.contains(selector.strip())) {
          missing.add(selector.strip());
        }
      }
    }
    assertThat(missing).as("coloured in workbench.css, not in workbench-high-contrast.css").isEmpty();
  }

  private static Map<String, String> rules(String css) {
    String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
    Map<String, String> rules = new LinkedHashMap<>();
    Matcher m = RULE.matcher(text);
    while (m.find()) {
      rules.merge(m.group(1).strip(), m.group(2), (a, b) -> a + ";" + b);
    }
    return rules;
  }

  private static String colour(String body, String property) {
    Matcher m = Pattern.compile("(?:^|[;\\s])" + Pattern.quote(property) + "\\s*:\\s*#([0-9a-fA-F]{6})\\b").matcher(body);
    return m.find() ? m.group(1) : null;
  }

  private static String css(String path) throws IOException {
    try (InputStream in = Appearance.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** WCAG 2.1 contrast ratio of two sRGB colours given as {@code rrggbb}. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
