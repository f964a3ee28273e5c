package dk.workbench.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dk.workbench.app.ServiceContext;
import dk.workbench.app.WorkbenchProperties;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.domain.Purpose;
import dk.workbench.service.access.AccessDecision;
import dk.workbench.service.access.AccessGuard;
import dk.workbench.service.overview.OverviewService;
import dk.workbench.service.overview.SectionResult;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code workbench overview}: the citizen overview on the command line, from the same service as the window. */
@Command(
    name = "overview",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a citizen's overview: every section fetched in parallel, each with its status",
      "(fresh, failed or refused), source, time fetched and duration. Exit code 0 even when some",
      "sections failed; 2 on bad input. Settings may follow as --workbench.staff.role=CALL_AGENT …"
    })
final class OverviewCommand implements Callable<Integer> {
  static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  @Option(names = "--cpr", required = true, paramLabel = "CPR", description = "The citizen's CPR number (ddmmyy-xxxx or 10 digits).")
  String cpr;

  @Option(names = "--purpose", required = true, paramLabel = "CODE",
      description = "Purpose of access: TELEFON, FREMMOEDE or SAGSBEHANDLING.")
  String purpose;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Unmatched List<String> settings = new ArrayList<>();

  enum Format { TEXT, JSON }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    CprNumber number;
    try {
      number = CprNumber.parse(cpr, LocalDate.now(Clock.systemDefaultZone()));
    } catch (InvalidCprNumberException e) {
      err.println("--cpr is not a valid CPR number: " + describe(e.problem()));
      return BAD_INPUT;
    }
    Purpose why = purposeFor(purpose);
    if (why == null) {
      err.println("--purpose must be one of TELEFON, FREMMOEDE, SAGSBEHANDLING (not '" + purpose + "').");
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
      var role = context.getBean(WorkbenchProperties.class).staff().role();
      AccessDecision access = context.getBean(AccessGuard.class).decide(role, why);
      long started = System.nanoTime();
      List<SectionResult> results = context.getBean(OverviewService.class).open(number, why, access, r -> {})
          .get(1, TimeUnit.MINUTES);
      long totalMs = (System.nanoTime() - started) / 1_000_000;
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.JSON) {
        out.println(json().writeValueAsString(report(number, why, role.name(), results, totalMs)));
      } else {
        out.println("Overview of " + number.formatted() + " for " + why.code() + " as " + role + " (" + totalMs + " ms):");
        for (SectionResult r : results) {
          out.printf("  %-20s %-8s %-22s %6d ms  %s%n", r.section(), status(r), r.sourceName(), r.duration().toMillis(),
              detail(r));
        }
      }
      out.flush();
      return 0;
    }
  }

  static Purpose purposeFor(String text) {
    for (Purpose p : Purpose.values()) {
      if (p.code().equalsIgnoreCase(text.strip()) || p.name().equalsIgnoreCase(text.strip())) {
        return p;
      }
    }
    return null;
  }

  static Map<String, Object> report(CprNumber cpr, Purpose purpose, String role, List<SectionResult> results, long totalMs) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("cpr", cpr.formatted());
    report.put("purpose", purpose.code());
    report.put("role", role);
    report.put("totalMs", totalMs);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (SectionResult r : results) {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("section", r.section().name());
      section.put("status", status(r));
      section.put("source", r.sourceName());
      section.put("durationMs", r.duration().toMillis());
      if (r instanceof SectionResult.Loaded loaded) {
        section.put("fetchedAt", loaded.fetchedAt().toString());
        section.put("data", loaded.data());
      } else if (r instanceof SectionResult.Cached cached) {
        section.put("fetchedAt", cached.fetchedAt().toString());
        section.put("failure", cached.failure().name());
        section.put("data", cached.data());
      } else if (r instanceof SectionResult.Failed failed) {
        section.put("failure", failed.failure().name());
        failed.correlationId().ifPresent(id -> section.put("correlationId", id));
      } else if (r instanceof SectionResult.Refused refused) {
        section.put("reason", refused.reason().name());
      }
      sections.add(section);
    }
    report.put("sections", sections);
    return report;
  }

  private static String status(SectionResult r) {
    if (r instanceof SectionResult.Loaded) {
      return "fresh";
    }
    if (r instanceof SectionResult.Cached) {
      return "cached";
    }
    return r instanceof SectionResult.Failed ? "failed" : "refused";
  }

  private static String detail(SectionResult r) {
    if (r instanceof SectionResult.Cached cached) {
      return cached.failure() + ", showing the copy fetched " + cached.fetchedAt();
    }
    if (r instanceof SectionResult.Failed failed) {
      return failed.failure() + failed.correlationId().map(id -> " (correlation id " + id + ")").orElse("");
    }
    return r instanceof SectionResult.Refused refused ? refused.reason().name() : "";
  }

  private static ObjectMapper json() {
    return ContractsJson.newMapper().registerModule(new Jdk8Module())
        .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  static String describe(CprNumber.Problem problem) {
    return switch (problem) {
      case EMPTY -> "it is empty";
      case WRONG_LENGTH -> "a CPR number has 10 digits (ddmmyy-xxxx)";
      case NOT_DIGITS -> "only digits and one dash are allowed";
      case MISPLACED_DASH -> "the dash goes after the first 6 digits";
      case INVALID_DATE -> "the first 6 digits are not a valid date";
      case FUTURE_DATE -> "the birth date lies in the future";
    };
  }
}
