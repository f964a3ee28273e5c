package dk.workbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.sandbox.population.Population;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code workbench overview} against the embedded sandbox of demo mode. */
class OverviewCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = WorkbenchCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aBadCprNumberIsExitCode2WithTheReason() {
    assertThat(run("overview", "--cpr", "3213451234", "--purpose", "TELEFON")).isEqualTo(2);
    assertThat(err.toString()).contains("not a valid CPR number: the first 6 digits are not a valid date");
  }

  @Test
  void anUnknownPurposeIsExitCode2ListingTheCodes() {
    assertThat(run("overview", "--cpr", "0101501234", "--purpose", "curiosity")).isEqualTo(2);
    assertThat(err.toString()).contains("TELEFON, FREMMOEDE, SAGSBEHANDLING");
  }

  @Test
  void printsEachSectionWithStatusSourceAndTimeAsJson() throws Exception {
    String cpr = Population.generate(Population.DEFAULT_SEED).archetypes().stream()
        .filter(e -> e.archetype().equals("single-pensioner")).findFirst().orElseThrow().cpr();

    int exit = run("overview", "--cpr", cpr, "--purpose", "sagsbehandling", "--format", "json");

    assertThat(exit).as(err.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("purpose").asText()).isEqualTo("SAGSBEHANDLING");
    JsonNode person = report.get("sections").get(0);
    assertThat(person.get("section").asText()).isEqualTo("PERSON");
    assertThat(person.get("status").asText()).isEqualTo("fresh");
    assertThat(person.get("source").asText()).isEqualTo("CPR");
    assertThat(person.has("fetchedAt")).isTrue();
    assertThat(person.at("/data/fullName").asText()).isNotBlank();
  }
}
