package dk.workbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.sandbox.population.Population;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code workbench accesslog export} against the embedded sandbox of demo mode. */
class AccessLogCommandTest {
  private static final String HEAVY = Population.generate(Population.DEFAULT_SEED).archetypes().stream()
      .filter(e -> e.archetype().equals("heavy-history")).findFirst().orElseThrow().cpr();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  private int run(String... args) {
    CommandLine cli = WorkbenchCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void badInputIsExitCode2WithTheReason() {
    String file = dir.resolve("x.csv").toString();
    assertThat(run("accesslog", "export", "--cpr", "3213451234", "--format", "csv", "--out", file)).isEqualTo(2);
    assertThat(err.toString()).contains("--cpr is not a valid CPR number");
    assertThat(run("accesslog", "export", "--cpr", HEAVY, "--format", "xlsx", "--out", file)).isEqualTo(2);
    assertThat(err.toString()).contains("--format must be pdf or csv");
    assertThat(run("accesslog", "export", "--cpr", HEAVY, "--format", "csv", "--out", file, "--from", "1.2.2025"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--from must be a date as yyyy-mm-dd");
    assertThat(run("accesslog", "export", "--cpr", HEAVY, "--format", "csv", "--out", file, "--from", "2025-02-01",
        "--to", "2025-01-01")).isEqualTo(2);
    assertThat(err.toString()).contains("is after --to");
    assertThat(run("accesslog", "export", "--cpr", HEAVY, "--format", "csv", "--out",
        dir.resolve("missing/x.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("does not exist");
    assertThat(run("accesslog", "export", "--cpr", HEAVY, "--format", "csv")).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void writesTheCsvOfAPeriodAndAnAccessiblePdf() throws Exception {
    Path csv = dir.resolve("log.csv");
    Path pdf = dir.resolve("log.pdf");
    String cache = "--workbench.cache.directory=" + dir.resolve("cache");

    int csvExit = run("accesslog", "export", "--cpr", HEAVY, "--format", "csv", "--out", csv.toString(),
        "--from", "2025-01-01", "--to", "2025-01-03", cache);
    int pdfExit = run("accesslog", "export", "--cpr", HEAVY, "--format", "pdf", "--out", pdf.toString(),
        "--from", "2025-01-01", "--to", "2025-01-01", cache);

    assertThat(csvExit).as(err.toString()).isZero();
    assertThat(pdfExit).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("tidspunkt,myndighed,cvr,");
    assertThat(lines).hasSizeGreaterThan(500);
    assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("2025-01-0") || l.startsWith("2024-12-31T2"));
    assertThat(out.toString()).contains("Wrote " + (lines.size() - 1) + " access-log entries");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Indsigt i logning").contains(HEAVY.substring(0, 6) + "-****")
          .doesNotContain(HEAVY.substring(6));
    }
    assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
  }
}
