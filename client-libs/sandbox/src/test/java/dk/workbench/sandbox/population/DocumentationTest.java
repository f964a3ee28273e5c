package dk.workbench.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.testing.Populations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The archetype table in docs/sandbox.md lists exactly the default seed's archetypes. */
class DocumentationTest {

  @Test
  void archetypeTableMatchesTheDefaultPopulation() throws Exception {
    Population population = Populations.defaultSeed();
    List<String> documented = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(sandboxDoc(), StandardCharsets.UTF_8)) {
      if (line.startsWith("| `") && line.matches(".*\\| \\d{6}-\\d{4} \\|.*")) {
        String[] cells = line.split("\\|");
        String archetype = cells[1].strip().replace("`", "");
        String cpr = cells[3].strip().replace("-", "");
        documented.add(cpr + " " + archetype + " " + cells[5].strip());
        names.add(cells[4].strip());
      }
    }

    List<String> actual = population.archetypes().stream()
        .map(e -> e.cpr() + " " + e.archetype() + " " + e.description())
        .toList();
    assertThat(documented).as("docs/sandbox.md archetype table (update it when the generator changes)")
        .containsExactlyElementsOf(actual);
    List<ArchetypeEntry> entries = population.archetypes();
    for (int i = 0; i < entries.size(); i++) {
      assertThat(names.get(i)).isEqualTo(population.find(entries.get(i).cpr()).orElseThrow()
          .persondata().navn().fuldtNavn());
    }
  }

  private static Path sandboxDoc() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path doc = dir.resolve("docs").resolve("sandbox.md");
      if (Files.isRegularFile(doc)) {
        return doc;
      }
    }
    throw new AssertionError("docs/sandbox.md not found above " + Path.of("").toAbsolutePath());
  }
}
