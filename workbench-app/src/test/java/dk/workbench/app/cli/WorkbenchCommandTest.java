package dk.workbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WorkbenchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = WorkbenchCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(WorkbenchCommand.withDefaultCommand(args));
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("gui", "sandbox", "explain", "bench").doesNotContain("probe-bare-window");
  }

  @Test
  void thePanelBenchmarksRefuseBadCountsWithTheReason() {
    assertThat(run("bench", "accesslog-ui", "--rounds", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--rounds must be between 1 and 100");
    assertThat(run("bench", "mailbox", "--runs", "501")).isEqualTo(2);
    assertThat(err.toString()).contains("--runs must be between 1 and 500");
    assertThat(run("bench", "--help")).isZero();
    assertThat(out.toString()).contains("accesslog-ui", "mailbox");
  }

  @Test
  void versionNamesTheProduct() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("Citizen Workbench ").doesNotContain("unknown");
  }

  @Test
  void noArgumentsOrOnlySettingsMeanTheDesktopApp() {
    assertThat(WorkbenchCommand.withDefaultCommand(new String[0])).containsExactly("gui");
    assertThat(WorkbenchCommand.withDefaultCommand(new String[] {"--workbench.language=en"}))
        .containsExactly("gui", "--workbench.language=en");
    assertThat(WorkbenchCommand.withDefaultCommand(new String[] {"sandbox", "--port", "1"}))
        .containsExactly("sandbox", "--port", "1");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("frobnicate");
  }

  @Test
  void sandboxRejectsAnImpossiblePort() {
    assertThat(run("sandbox", "--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be between 0 and 65535");
  }

  @Test
  void explainWithoutFactsFileIsAUsageError() {
    assertThat(run("explain")).isEqualTo(2);
    assertThat(err.toString()).contains("--facts");
  }

  @Test
  void explainWithAMissingFileSaysSo(@TempDir Path dir) {
    assertThat(run("explain", "--facts", dir.resolve("nope.json").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Facts file not found").doesNotContain("Exception");
  }

  @Test
  void explainWithBadFactsNamesTheFieldAndExitsWith2(@TempDir Path dir) throws Exception {
    Path facts = Files.writeString(dir.resolve("bad.json"), """
        { "benefit": "boligstoette", "period": "2026-01",
          "household": { "pensioner": true, "adults": 1, "children": 0, "annualRent": -5,
                         "annualIncome": 250000, "netWealth": 0 } }
        """);
    assertThat(run("explain", "--facts", facts.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("annualRent").doesNotContain("Exception", "\tat ");
  }

  @Test
  void explainWithUnknownBenefitExitsWith2(@TempDir Path dir) throws Exception {
    Path facts = Files.writeString(dir.resolve("bad.json"), "{ \"benefit\": \"lottery\", \"period\": \"2026-01\" }");
    assertThat(run("explain", "--facts", facts.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("benefit");
  }

  @Test
  void explainWithNotJsonExitsWith2(@TempDir Path dir) throws Exception {
    Path facts = Files.writeString(dir.resolve("bad.json"), "this is not json");
    assertThat(run("explain", "--facts", facts.toString())).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("\tat ");
  }

  @Test
  void explainPrintsJsonWithTheSchemaVersion(@TempDir Path dir) throws Exception {
    Path facts = Files.writeString(dir.resolve("pension.json"), """
        { "benefit": "folkepension", "period": "2024-01",
          "person": { "birthDate": "1955-03-01", "civilStatus": "single", "partnerReceivesSocialPension": false,
                      "residenceYearsInDenmark": 40 },
          "incomes": [ { "owner": "self", "type": "atp", "annual": 23000, "source": "eIndkomst 2024-01" } ] }
        """);
    assertThat(run("explain", "--facts", facts.toString(), "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"schemaVersion\"", "\"grundbeloeb\"", "\"pensionstillaeg\"");
  }

  @Test
  void explainTextInEnglish(@TempDir Path dir) throws Exception {
    Path facts = Files.writeString(dir.resolve("child.json"), """
        { "benefit": "boerne_ungeydelse", "period": "2023-Q1",
          "recipient": { "incomeBasis": 870000, "custody": "sole" },
          "children": [ { "birthDate": "2021-06-01" } ] }
        """);
    assertThat(run("explain", "--facts", facts.toString(), "--format", "TEXT", "--lang", "en")).isZero();
    assertThat(out.toString()).isNotBlank();
  }
}
