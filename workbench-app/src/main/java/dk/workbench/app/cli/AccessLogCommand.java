package dk.workbench.app.cli;

import dk.workbench.app.ServiceContext;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.domain.PersonSummary;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiException;
import dk.workbench.http.NotFoundException;
import dk.workbench.service.accesslog.AccessLogFilter;
import dk.workbench.service.accesslog.AccessLogService;
import dk.workbench.service.accesslog.AccessStatementPdf;
import dk.workbench.service.lookup.PersonLookupService;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code workbench accesslog export}: a citizen's access statement as CSV or an accessible PDF. */
@Command(
    name = "accesslog",
    mixinStandardHelpOptions = true,
    description = "The citizen's access log: 'export' writes the access statement (right of access) as CSV or PDF.",
    subcommands = {AccessLogCommand.Export.class})
final class AccessLogCommand implements Runnable {
  static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Name an accesslog command: export");
  }

  /** {@code accesslog export --cpr CPR --format pdf|csv --out FILE [--from DATE] [--to DATE]}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the citizen's access statement: who accessed their data, when, why and under which law, newest",
        "first. csv: a header row and one row per entry (all entries, streamed page by page). pdf: PDF/A-2b +",
        "PDF/UA-1 with the newest " + AccessStatementPdf.MAX_ROWS + " entries. Employee names are not included.",
        "The export is recorded in the citizen's access log. Exit 2 on bad input, 1 when the back-end fails."
      })
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--cpr", required = true, paramLabel = "CPR", description = "The citizen's CPR number (ddmmyy-xxxx or 10 digits).")
    String cpr;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf or csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the statement.")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-mm-dd), included.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-mm-dd), included.")
    String to;

    @Unmatched List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      CprNumber number;
      try {
        number = CprNumber.parse(cpr, LocalDate.now(Clock.systemDefaultZone()));
      } catch (InvalidCprNumberException e) {
        err.println("--cpr is not a valid CPR number: " + OverviewCommand.describe(e.problem()));
        return BAD_INPUT;
      }
      String kind = format.strip().toLowerCase();
      if (!kind.equals("pdf") && !kind.equals("csv")) {
        err.println("--format must be pdf or csv (not '" + format + "').");
        return BAD_INPUT;
      }
      LocalDate first;
      LocalDate last;
      try {
        first = date("--from", from);
        last = date("--to", to);
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return BAD_INPUT;
      }
      if (first != null && last != null && first.isAfter(last)) {
        err.println("--from (" + first + ") is after --to (" + last + ").");
        return BAD_INPUT;
      }
      Path target = out.toAbsolutePath();
      if (Files.isDirectory(target)) {
        err.println("--out is a folder; name a file.");
        return BAD_INPUT;
      }
      if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
        err.println("--out: the folder " + target.getParent() + " does not exist.");
        return BAD_INPUT;
      }
      if (!Files.isWritable(target.getParent())) {
        err.println("--out: the folder " + target.getParent() + " is not writable.");
        return BAD_INPUT;
      }
      ConfigurableApplicationContext services;
      try {
        services = ServiceContext.start(settings.toArray(String[]::new));
      } catch (RuntimeException e) {
        err.println("The workbench services could not start: " + ServiceContext.rootCause(e));
        return 1;
      }
      try (var context = services) {
        AccessLogFilter filter = new AccessLogFilter(first, last, null, null, null, null);
        AccessLogService log = context.getBean(AccessLogService.class);
        Path temp = Files.createTempFile(target.getParent(), ".accesslog-", ".part");
        try {
          long rows = kind.equals("csv") ? csv(log, number, filter, temp)
              : pdf(log, context.getBean(PersonLookupService.class), number, filter, first, last, temp);
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          PrintWriter stdout = spec.commandLine().getOut();
          stdout.println("Wrote " + rows + " access-log entries of " + number.formatted().substring(0, 7) + "**** to "
              + target + (kind.equals("pdf") && rows >= AccessStatementPdf.MAX_ROWS
                  ? " (the PDF lists the newest " + AccessStatementPdf.MAX_ROWS + "; use csv for all)" : ""));
          stdout.flush();
          return 0;
        } catch (NotFoundException e) {
          err.println("--cpr: the register knows no such citizen.");
          return BAD_INPUT;
        } catch (ApiException e) {
          err.println("The access log could not be read: " + e.getMessage());
          return 1;
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    }

    private static long csv(AccessLogService log, CprNumber cpr, AccessLogFilter filter, Path file) throws Exception {
      try (Writer writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
        return log.exportCsv(cpr, filter, writer, Purpose.CASEWORK, null);
      }
    }

    private static long pdf(AccessLogService log, PersonLookupService persons, CprNumber cpr, AccessLogFilter filter,
        LocalDate first, LocalDate last, Path file) throws Exception {
      PersonSummary person = persons.fetch(cpr);
      DateTimeFormatter day = DateTimeFormatter.ofPattern("d.M.yyyy");
      String period = (first == null ? "hele loggen" : "fra " + day.format(first))
          + (last == null ? "" : " til " + day.format(last));
      List<String> intro = List.of(
          "Borger: " + person.fullName() + ", " + cpr.formatted().substring(0, 7) + "****",
          "Adresse: " + (person.addressProtected() ? "Beskyttet adresse" : person.address().orElse("—")),
          "Periode: " + period + ". Udtrækket viser, hvilke myndigheder og systemer der har set eller behandlet "
              + "dine oplysninger, hvornår, hvorfor og med hvilket retsgrundlag, nyeste først. Medarbejdernes navne "
              + "er ikke med.");
      log.recordExport(cpr, Purpose.CASEWORK, null, "pdf");
      try (var pdf = new AccessStatementPdf("Indsigt i logning af opslag i dine oplysninger", intro, Instant.now());
          OutputStream stream = Files.newOutputStream(file)) {
        long total = log.page(cpr, filter, 0, 1, false).total();
        log.stream(cpr, filter, false, AccessStatementPdf.MAX_ROWS, pdf::add);
        pdf.omit(total - pdf.rows());
        pdf.save(stream);
        return pdf.rows();
      }
    }

    private static LocalDate date(String flag, String text) {
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(flag + " must be a date as yyyy-mm-dd (not '" + text + "').");
      }
    }
  }
}
