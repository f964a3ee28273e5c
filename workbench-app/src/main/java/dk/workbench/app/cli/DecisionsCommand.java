package dk.workbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.workbench.app.BackendEndpoint;
import dk.workbench.app.ServiceContext;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.http.Redaction;
import dk.workbench.service.explanation.CitizenCheck;
import dk.workbench.service.explanation.DecisionWorkspace;
import dk.workbench.service.explanation.Verification;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code workbench decisions …}: the back-end's decisions, recomputed by the workbench. */
@Command(
    name = "decisions",
    mixinStandardHelpOptions = true,
    description = "Payment Denmark's decisions. 'verify' recomputes them and prints every disagreement.",
    subcommands = DecisionsCommand.Verify.class)
final class DecisionsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Name a command: verify");
  }

  /** {@code workbench decisions verify [--cpr CPR | --all] [--format json]}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Recomputes the back-end's decisions from the facts it used (one citizen with --cpr, every",
        "sandbox citizen with --all, in demo mode) and prints each disagreement: citizen, decision id,",
        "benefit, back-end amount, recomputed amount and the differing lines. Exit code 0 when it ran",
        "(disagreements are findings), 1 when a back-end call failed, 2 on bad input.",
        "Settings may follow as --workbench.mode=connected …"
      })
  static final class Verify implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    /** Citizens checked at once with --all: bounded, a little above the sandbox's own threads. */
    static final int PARALLEL = 8;

    @Spec CommandSpec spec;

    @Option(names = "--cpr", paramLabel = "CPR", description = "The citizen's CPR number (ddmmyy-xxxx or 10 digits).")
    String cpr;

    @Option(names = "--all", description = "Every citizen of the demo sandbox.")
    boolean all;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Unmatched List<String> settings = new ArrayList<>();

    enum Format { TEXT, JSON }

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter out = spec.commandLine().getOut();
      if (all == (cpr != null)) {
        err.println("Give either --cpr CPR or --all (not " + (all ? "both" : "neither") + ").");
        return BAD_INPUT;
      }
      CprNumber one = null;
      if (cpr != null) {
        try {
          one = CprNumber.parse(cpr, LocalDate.now(Clock.systemDefaultZone()));
        } catch (InvalidCprNumberException e) {
          err.println("--cpr is not a valid CPR number: " + OverviewCommand.describe(e.problem()));
          return BAD_INPUT;
        }
      }
      ConfigurableApplicationContext services;
      try {
        services = ServiceContext.start(settings.toArray(String[]::new));
      } catch (RuntimeException e) {
        err.println("The workbench services could not start: " + ServiceContext.rootCause(e));
        return 1;
      }
      try (var context = services) {
        List<CprNumber> citizens = new ArrayList<>();
        if (one != null) {
          citizens.add(one);
        } else {
          var population = context.getBean(BackendEndpoint.class).sandboxPopulation();
          if (population.isEmpty()) {
            err.println("--all needs demo mode (the sandbox's population); in connected mode give --cpr.");
            return BAD_INPUT;
          }
          for (Person p : population.get().persons()) {
            citizens.add(CprNumber.parse(p.personnummer()));
          }
        }
        long started = System.nanoTime();
        Run run = check(context.getBean(DecisionWorkspace.class), citizens);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<CitizenCheck.Disagreement> found = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        for (CitizenCheck c : run.checks()) {
          for (CitizenCheck.Disagreement d : c.disagreements()) {
            found.add(d);
            json.add(finding(c.cpr(), d));
            if (format == Format.TEXT) {
              print(out, c.cpr(), d);
            }
          }
          for (String problem : c.unreadable()) {
            err.println(Redaction.maskCpr(c.cpr().formatted()) + ": not recomputable: " + problem);
          }
        }
        for (String failure : run.failures()) {
          err.println(failure);
        }
        int decisions = run.checks().stream().mapToInt(CitizenCheck::checked).sum();
        String summary = String.format("%d decisions of %d citizens recomputed in %.1f s: %d disagreements%s.", decisions,
            run.checks().size(), seconds, found.size(),
            run.failures().isEmpty() ? "" : "; " + run.failures().size() + " citizens could not be checked");
        if (format == Format.JSON) {
          out.println(mapper().writeValueAsString(json));
          err.println(summary);
        } else {
          out.println(summary);
        }
        out.flush();
        err.flush();
        return run.failures().isEmpty() ? 0 : 1;
      }
    }

    record Run(List<CitizenCheck> checks, List<String> failures) {}

    /** Checks the citizens, {@value #PARALLEL} at a time; results in CPR order. */
    static Run check(DecisionWorkspace workspace, List<CprNumber> citizens) throws InterruptedException {
      AtomicInteger count = new AtomicInteger();
      ThreadFactory factory = r -> {
        Thread t = new Thread(r, "decisions-verify-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, citizens.size()), factory);
      try {
        List<Future<CitizenCheck>> futures = new ArrayList<>();
        for (CprNumber c : citizens) {
          futures.add(pool.submit(() -> workspace.verify(c)));
        }
        List<CitizenCheck> checks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
          try {
            checks.add(futures.get(i).get());
          } catch (ExecutionException e) {
            failures.add(Redaction.maskCpr(citizens.get(i).formatted()) + ": could not be checked: "
                + ServiceContext.rootCause(e.getCause()));
          }
        }
        checks.sort(Comparator.comparing(c -> c.cpr().value()));
        return new Run(checks, failures);
      } finally {
        pool.shutdownNow();
      }
    }

    private static void print(PrintWriter out, CprNumber cpr, CitizenCheck.Disagreement d) {
      Verification v = d.verification();
      out.printf("%s  %s  %s %s  back-end %s  recomputed %s (%s)%n", Redaction.maskCpr(cpr.formatted()), d.decisionId(),
          d.benefit(), d.period(), amount(v.backendAmount()), amount(v.recomputedAmount()), v.amountField());
      for (Verification.LineDifference line : v.differences()) {
        StringBuilder sb = new StringBuilder("    ").append(line.id()).append(" [").append(line.kind()).append(']');
        if (line.backendAmount() != null || line.recomputedAmount() != null) {
          sb.append(": ").append(amount(line.backendAmount())).append(" -> ").append(amount(line.recomputedAmount()));
        }
        for (Verification.Detail detail : line.details()) {
          if (detail.kind() == Verification.DetailKind.AMOUNT) {
            continue;
          }
          sb.append("; ").append(detail.kind().name().toLowerCase(java.util.Locale.ROOT));
          Optional.ofNullable(detail.name()).ifPresent(n -> sb.append(' ').append(n));
          sb.append(' ').append(orDash(detail.backend()));
          Optional.ofNullable(detail.backendValidFrom()).ifPresent(f -> sb.append(" (from ").append(f).append(')'));
          sb.append(" -> ").append(orDash(detail.recomputed()));
          Optional.ofNullable(detail.recomputedValidFrom()).ifPresent(f -> sb.append(" (from ").append(f).append(')'));
        }
        out.println(sb);
      }
    }

    static Map<String, Object> finding(CprNumber cpr, CitizenCheck.Disagreement d) {
      Verification v = d.verification();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cpr", cpr.value());
      m.put("decisionId", d.decisionId());
      m.put("benefit", d.benefit().name());
      m.put("period", d.period());
      m.put("amountField", v.amountField());
      m.put("backendAmount", v.backendAmount());
      m.put("recomputedAmount", v.recomputedAmount());
      List<Map<String, Object>> lines = new ArrayList<>();
      for (Verification.LineDifference line : v.differences()) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("id", line.id());
        l.put("rule", line.rule());
        l.put("kind", line.kind().name());
        l.put("backendText", line.backendText());
        l.put("backendAmount", line.backendAmount());
        l.put("recomputedAmount", line.recomputedAmount());
        List<Map<String, Object>> details = new ArrayList<>();
        for (Verification.Detail detail : line.details()) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("kind", detail.kind().name());
          x.put("name", detail.name());
          x.put("backend", detail.backend());
          x.put("recomputed", detail.recomputed());
          x.put("backendValidFrom", detail.backendValidFrom());
          x.put("recomputedValidFrom", detail.recomputedValidFrom());
          details.add(x);
        }
        l.put("details", details);
        lines.add(l);
      }
      m.put("lines", lines);
      return m;
    }

    private static String amount(BigDecimal b) {
      return b == null ? "-" : b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String orDash(String s) {
      return s == null ? "-" : s;
    }

    private static ObjectMapper mapper() {
      return ContractsJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
  }
}
