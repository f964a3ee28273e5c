package dk.workbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden traces: the full output for a few cases is compared with {@code src/test/resources/golden/}. A change to a
 * rule, a rate or a text shows up here and is reviewed as a diff of the golden file.
 *
 * <p>To regenerate after a reviewed change: {@code mvn -pl client-libs/rules verify -Dgolden.update=true}, then
 * inspect {@code git diff client-libs/rules/src/test/resources/golden/}.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest(name = "{0} vs {1} {2} {3}")
  @CsvSource({
      "folkepension,            -,                            JSON, DA",
      "folkepension,            -,                            TEXT, EN",
      "folkepension-par-2026,   -,                            JSON, EN",
      "folkepension-broek-2025, -,                            JSON, DA",
      "boerne_ungeydelse,       -,                            JSON, DA",
      "boerne_ungeydelse-delt-2026, -,                        JSON, DA",
      "boligstoette,            -,                            JSON, DA",
      "boligsikring,            -,                            TEXT, DA",
      "folkepension,            folkepension-2025,            JSON, DA"})
  void matchesGolden(String facts, String compare, OutputFormat format, Language lang) throws Exception {
    String out = Explain.run(Fixtures.resource("facts/" + facts + ".json"),
        compare.equals("-") ? null : Fixtures.resource("facts/" + compare + ".json"), format, lang);
    String name = facts + (compare.equals("-") ? "" : "--vs--" + compare) + "." + lang.name().toLowerCase() + "."
        + (format == OutputFormat.JSON ? "json" : "txt");
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      write(file, out);
    }
    assertThat(Files.exists(file)).as("golden file " + file + " (run with -Dgolden.update=true to create it)").isTrue();
    assertThat(out).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
