package dk.workbench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The example facts files parse, and the copies users try in docs/examples/facts/ are identical to the test ones. */
class ExampleFactsTest {
  private static final Path TEST_FACTS = Path.of("src", "test", "resources", "facts");
  private static final Path DOC_FACTS = Path.of("..", "..", "docs", "examples", "facts");

  @Test
  void everyExampleParsesAndExplains() throws Exception {
    try (Stream<Path> files = Files.list(TEST_FACTS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        Explanation e = RulesEngine.standard().explain(Facts.parse(Files.readString(f)));
        assertThat(e.lines()).as(f.toString()).isNotEmpty();
      }
    }
  }

  @Test
  void docsCopiesAreIdentical() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(DOC_FACTS), "docs/examples/facts not present in this checkout");
    try (Stream<Path> files = Files.list(TEST_FACTS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        Path copy = DOC_FACTS.resolve(f.getFileName());
        assertThat(copy).as("copy of " + f.getFileName()).exists();
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(f));
      }
    }
  }
}
