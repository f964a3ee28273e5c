package dk.workbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code workbench letter}: the command-line contract, its bad-input answers and a sandbox decision. */
class LetterCommandTest {
  private static final String FACTS = Path.of("..", "docs", "examples", "facts", "folkepension.json").toString();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  private int run(String... args) {
    CommandLine cli = WorkbenchCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static String text(Path pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void writesTheDanishLetterForAFactsFile() throws Exception {
    Path pdf = dir.resolve("brev.pdf");
    assertThat(run("letter", "--facts", FACTS, "--out", pdf.toString(), "--date", "2026-11-30")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Wrote " + pdf.toAbsolutePath()).contains("da-DK");
    assertThat(text(pdf)).contains("Afgørelse om folkepension for januar 2024", "Klagevejledning", "Test Testesen",
        "14.105 kr.", "Side 1 af");
  }

  @Test
  void writesTheEnglishLargePrintVariant() throws Exception {
    Path pdf = dir.resolve("letter.pdf");
    assertThat(run("letter", "--facts", FACTS, "--out", pdf.toString(), "--lang", "en", "--large-print")).as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("en-GB, large print");
    assertThat(text(pdf)).contains("How to complain", "DKK 14,105");
  }

  @Test
  void badInputIsExitCode2WithTheReason() throws Exception {
    String target = dir.resolve("x.pdf").toString();
    assertThat(run("letter", "--facts", dir.resolve("missing.json").toString(), "--out", target)).isEqualTo(2);
    assertThat(err.toString()).contains("Facts file not found");

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"benefit\":\"boligstoette\",\"period\":\"2024-13\"}");
    assertThat(run("letter", "--facts", broken.toString(), "--out", target)).isEqualTo(2);
    assertThat(err.toString()).contains("Invalid facts: period");

    assertThat(run("letter", "--facts", FACTS, "--out", dir.resolve("nowhere/x.pdf").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("does not exist");

    assertThat(run("letter", "--facts", FACTS, "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--out is a directory");

    assertThat(run("letter", "--facts", FACTS, "--out", target, "--lang", "de")).isEqualTo(2);
    assertThat(run("letter", "--facts", FACTS, "--out", target, "--date", "30-11-2026")).isEqualTo(2);
    assertThat(err.toString()).contains("--date must be a date YYYY-MM-DD");

    assertThat(run("letter", "--out", target)).isEqualTo(2);
    assertThat(run("letter", "--facts", FACTS, "--decision", "1234567", "--out", target)).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");

    assertThat(run("letter", "--decision", "../etc", "--out", target)).isEqualTo(2);
    assertThat(err.toString()).contains("--decision must be a decision id");

    assertThat(run("letter", "--decision", "1234567", "--cpr", "3213451234", "--out", target)).isEqualTo(2);
    assertThat(err.toString()).contains("--cpr is not a valid CPR number");
    assertThat(Files.exists(Path.of(target))).isFalse();
  }

  @Test
  void writesTheLetterForASandboxDecisionInTheNameOfTheDecidingAuthority() throws Exception {
    DecisionSummary decision;
    try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPort(0))) {
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.CASEWORKER, null);
      ApiEndpoint endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
      CprNumber cpr = CprNumber.parse(sandbox.population().archetypes().stream()
          .filter(e -> e.archetype().equals("single-pensioner")).findFirst().orElseThrow().cpr());
      List<DecisionSummary> decisions = new DecisionsClient(endpoint).listDecisions(cpr, null);
      decision = decisions.get(0);
    }
    Path pdf = dir.resolve("decision.pdf");
    assertThat(run("letter", "--decision", decision.id(), "--out", pdf.toString())).as(err.toString()).isZero();
    assertThat(text(pdf)).contains(decision.authority().name(), decision.id(), "Klagevejledning");

    assertThat(run("letter", "--decision", "0000000", "--out", dir.resolve("none.pdf").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("There is no decision 0000000");
  }
}
