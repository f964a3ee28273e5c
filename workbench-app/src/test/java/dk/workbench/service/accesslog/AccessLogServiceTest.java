package dk.workbench.service.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.service.SandboxBackend;
import dk.workbench.service.TestClock;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** The access log against the real sandbox: heavy archetype filters, text search, names hidden, CSV, the PDF statement. */
class AccessLogServiceTest {
  @TempDir static Path cache;
  static SandboxBackend backend;
  static AccessLogService log;
  static CprNumber heavy;

  @BeforeAll
  static void start() {
    backend = new SandboxBackend(StaffRole.CASEWORKER, cache, TestClock.now());
    log = new AccessLogService(new AccessLogClient(backend.endpoint), backend.recorder, TestClock.now());
    heavy = SandboxBackend.cpr(backend.archetype("heavy-history"));
  }

  @AfterAll
  static void stop() {
    backend.close();
  }

  @Test
  void theHeavyLogPagesNewestFirstAndFiltersOnTheBackEnd() throws Exception {
    AccessLogSlice all = log.page(heavy, AccessLogFilter.NONE, 0, 100, false);
    AccessLogFilter reads2024 = AccessLogFilter.NONE.withOrganisation("Udbetaling Danmark").withAction(AccessAction.READ)
        .between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    AccessLogSlice filtered = log.page(heavy, reads2024, 3, 100, false);

    assertThat(all.total()).isGreaterThanOrEqualTo(1_000_000);
    assertThat(all.rows()).hasSize(100);
    for (int i = 1; i < all.rows().size(); i++) {
      assertThat(all.rows().get(i).timestamp()).isBeforeOrEqualTo(all.rows().get(i - 1).timestamp());
    }
    assertThat(filtered.total()).isPositive().isLessThan(all.total());
    assertThat(filtered.rows()).allSatisfy(r -> {
      assertThat(r.organisation()).isEqualTo("Udbetaling Danmark");
      assertThat(r.action()).isEqualTo("READ");
      assertThat(r.timestamp().toString()).startsWith("2024-");
    });
  }

  @Test
  void employeeNamesAreHiddenUnlessAskedForAndWithheldNamesStayWithheld() throws Exception {
    List<AccessLogRow> hidden = log.page(heavy, AccessLogFilter.NONE, 0, 500, false).rows();
    List<AccessLogRow> shown = log.page(heavy, AccessLogFilter.NONE, 0, 500, true).rows();

    assertThat(hidden).allSatisfy(r -> assertThat(r.employee()).isEmpty());
    assertThat(shown).anySatisfy(r -> assertThat(r.employee()).isNotEmpty());
    assertThat(shown).filteredOn(AccessLogRow::employeeWithheld).allSatisfy(r -> assertThat(r.employee()).isEmpty());
  }

  @Test
  void freeTextSearchesTheWholeLogOnTheBackEnd() throws Exception {
    AccessLogFilter words = AccessLogFilter.NONE.withText("udbetaling read");
    AccessLogSlice found = log.page(heavy, words, 0, 100, false);
    AccessLogSlice last = log.page(heavy, words, (int) ((found.total() - 1) / 100), 100, false);

    assertThat(found.total()).isGreaterThan(10_000);
    assertThat(found.rows()).hasSize(100).allSatisfy(r -> {
      assertThat(r.organisation() + r.system() + r.role() + r.legalBasis()).containsIgnoringCase("udbetaling");
      assertThat(r.action()).isEqualTo("READ");
    });
    assertThat(last.rows()).isNotEmpty();
    assertThat(last.rows().get(0).timestamp()).as("the oldest matches lie years back")
        .isBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(365 * 8)));
  }

  @Test
  void aSearchCannotFindEntriesByAnEmployeesNameEvenWhenNamesAreShown() throws Exception {
    AccessLogRow named = log.page(heavy, AccessLogFilter.NONE, 0, 500, true).rows().stream()
        .filter(r -> !r.employee().isEmpty()).findFirst().orElseThrow();

    AccessLogSlice byName = log.page(heavy, AccessLogFilter.NONE.withText(named.employee()), 0, 10, true);

    assertThat(byName.total()).isZero();
  }

  @Test
  void csvHasAHeaderAndOneRowPerEntryStreamedAndTheExportIsRecorded() throws Exception {
    AccessLogFilter january = AccessLogFilter.NONE.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    long expected = log.page(heavy, january, 0, 1, false).total();
    StringWriter csv = new StringWriter();

    long written = log.exportCsv(heavy, january, csv, Purpose.CASEWORK, null);

    String[] lines = csv.toString().split("\r\n");
    assertThat(written).isEqualTo(expected).isGreaterThan(AccessLogService.STREAM_PAGE);
    assertThat(lines).hasSize((int) expected + 1);
    assertThat(lines[0]).isEqualTo(String.join(",", AccessLogCsv.COLUMNS));
    assertThat(lines[1]).startsWith("2025-01-31");
    List<Map<String, Object>> audit = backend.auditEntries();
    assertThat(audit.get(audit.size() - 1)).containsEntry("action", "ACCESS_LOG_EXPORT").containsEntry("detail", "csv");
  }

  @Test
  void csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
    assertThat(AccessLogCsv.quote("plain")).isEqualTo("plain");
    assertThat(AccessLogCsv.quote("Lov om social pension, § 12")).isEqualTo("\"Lov om social pension, § 12\"");
    assertThat(AccessLogCsv.quote("the \"KY\" system")).isEqualTo("\"the \"\"KY\"\" system\"");
    assertThat(AccessLogCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void thePdfStatementIsPdfA2bAndPdfUa1WithNoFailedChecks(@TempDir Path dir) throws Exception {
    AccessLogFilter day = AccessLogFilter.NONE.between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1));
    Path file = dir.resolve("statement.pdf");
    try (var pdf = new AccessStatementPdf("Indsigt i logning af opslag", List.of("Borger: 130644-****",
        "Periode: 1.3.2025. Udtrækket viser, hvem der har set dine oplysninger, hvornår og hvorfor — æøå ÆØÅ."),
        java.time.Instant.now())) {
      log.stream(heavy, day, false, pdf::add);
      assertThat(pdf.rows()).isGreaterThan(200);
      try (var out = Files.newOutputStream(file)) {
        pdf.save(out);
      }
    }

    assertThat(failedChecks(file, PDFAFlavour.PDFA_2_B)).isEmpty();
    assertThat(failedChecks(file, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  static List<String> failedChecks(Path file, PDFAFlavour flavour) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(file.toFile(), flavour)) {
      ValidationResult result = Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
      return result.getTestAssertions().stream()
          .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
          .distinct().toList();
    } catch (ValidationException e) {
      throw new AssertionError(e);
    }
  }
}
