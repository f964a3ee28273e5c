package dk.workbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.sandbox.population.Population;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @Test
  void anOverviewFillsTheCacheThatStatsCountsAndPurgeEmpties(@TempDir Path cache) throws Exception {
    String cpr = Population.generate(Population.DEFAULT_SEED).archetypes().get(0).cpr();
    String where = "--workbench.cache.directory=" + cache;

    assertThat(run("overview", "--cpr", cpr, "--purpose", "SAGSBEHANDLING", where)).as(err.toString()).isZero();
    assertThat(run("cache", "stats", where)).isZero();
    assertThat(out.toString()).contains("8 sections of 1 citizens");

    assertThat(run("audit", "verify", where)).isZero();
    assertThat(out.toString()).contains("Audit log intact: 1 entries.");

    assertThat(run("cache", "purge", "--citizen", "31129912345", where)).isEqualTo(2);
    assertThat(run("cache", "purge", "--citizen", cpr, where)).isZero();
    assertThat(out.toString()).contains("8 cached sections of the citizen deleted.");
    byte[] key = Files.readAllBytes(cache.resolve("cache.key"));
    assertThat(run("cache", "purge", where)).as(err.toString()).isZero();
    assertThat(Files.readAllBytes(cache.resolve("cache.key"))).as("the old key is destroyed").isNotEqualTo(key);
    assertThat(run("audit", "verify", where)).isZero();
    assertThat(out.toString()).contains("Audit log intact: 0 entries.");
  }

  @Test
  void purgeIsRefusedWhileWritesWaitForDeliveryUnlessTheyMayBeDiscarded(@TempDir Path cache) {
    var location = dk.workbench.cache.CacheLocation.inDirectory(cache);
    try (var db = dk.workbench.cache.CacheDatabase.open(location, dk.workbench.cache.KeyFileProvider.at(location),
        java.time.Clock.systemUTC())) {
      new dk.workbench.cache.Outbox(db).enqueue("interaction", dk.workbench.contracts.cpr.CprNumber.of(
          java.time.LocalDate.of(1961, 7, 7), 1234), "{}".getBytes(), "key-1");
    }
    String where = "--workbench.cache.directory=" + cache;

    assertThat(run("cache", "purge", where)).isEqualTo(1);
    assertThat(err.toString()).contains("1 writes have not been delivered", "--discard-undelivered");
    assertThat(run("cache", "stats", where)).isZero();
    assertThat(out.toString()).contains("Outbox: 1 waiting");

    assertThat(run("cache", "purge", "--discard-undelivered", where)).isZero();
    assertThat(run("cache", "stats", where)).isZero();
    assertThat(out.toString()).contains("Outbox: 0 waiting");
  }

  @Test
  void popRefusesInputThatIsNoPhoneOrCprNumber() {
    assertThat(run("pop", "--cpr", "3213451234")).isEqualTo(2);
    assertThat(err.toString()).contains("--cpr is not a valid CPR number");
    assertThat(run("pop", "--phone", "123")).isEqualTo(2);
    assertThat(err.toString()).contains("--phone is not a phone number", "###");
    assertThat(run("pop", "--phone", "31386855", "--cpr", "0305441198")).isEqualTo(2);
    assertThat(run("pop")).isEqualTo(2);
  }
}
