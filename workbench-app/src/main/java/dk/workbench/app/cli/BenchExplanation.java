package dk.workbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.app.BackendEndpoint;
import dk.workbench.app.ServiceContext;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.service.explanation.DecisionWorkspace;
import dk.workbench.service.explanation.OpenedDecision;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.explanation.DecisionWorkspaceView;
import dk.workbench.ui.explanation.DecisionWorkspaceViewModel;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code workbench bench explanation}: with the decisions already fetched and recomputed, the
 * time from "open this decision" to its explanation laid out in the workspace view (view model,
 * node tree, CSS and layout on the FX thread; not the painting of pixels), and from a what-if
 * edit to the updated view.
 */
@Command(
    name = "explanation",
    mixinStandardHelpOptions = true,
    description = {
      "Fetches a mix of decisions (all three benefits, wrong ones included) from the embedded sandbox,",
      "then on the FX thread times: showing a decision in the decision workspace (view model + node tree +",
      "CSS + layout; goal p95 <= 150 ms) and a what-if edit to the updated view (goal p95 <= 50 ms).",
      "Needs a display (e.g. xvfb-run). The last line is one JSON object with the figures."
    })
final class BenchExplanation implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--iterations", defaultValue = "300", description = "Timed runs of each. Default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(names = "--decisions", defaultValue = "60", description = "Decisions to cycle through. Default: ${DEFAULT-VALUE}.")
  int decisions;

  /** The figures in milliseconds. */
  record Figures(double openP50, double openP95, double openMax, double whatIfP50, double whatIfP95, double whatIfMax,
      int lines, double whatIfModelP50, double whatIfModelP95) {}

  @Override
  public Integer call() throws Exception {
    if (iterations < 10 || decisions < 3) {
      throw new ParameterException(spec.commandLine(), "--iterations must be at least 10 and --decisions at least 3");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (var context = ServiceContext.start()) {
      DecisionWorkspace workspace = context.getBean(DecisionWorkspace.class);
      var population = context.getBean(BackendEndpoint.class).sandboxPopulation().orElseThrow();
      List<OpenedDecision> opened = fetch(workspace, population.persons(), decisions);
      try {
        Platform.startup(() -> {});
        Platform.setImplicitExit(false);
      } catch (UnsupportedOperationException | IllegalStateException e) {
        spec.commandLine().getErr().println("JavaFX could not start (is there a display? try xvfb-run): " + e.getMessage());
        return 1;
      }
      try {
        Figures f = measure(workspace, opened, iterations);
        out.printf("Open decision -> explanation laid out: p50 %.2f ms, p95 %.2f ms, max %.2f ms (goal p95 <= 150 ms; "
            + "%d decisions, up to %d lines)%n", f.openP50(), f.openP95(), f.openMax(), opened.size(), f.lines());
        out.printf("What-if edit -> updated view: p50 %.2f ms, p95 %.2f ms, max %.2f ms (goal p95 <= 50 ms); "
            + "recompute alone p50 %.2f ms, p95 %.2f ms%n", f.whatIfP50(), f.whatIfP95(), f.whatIfMax(), f.whatIfModelP50(),
            f.whatIfModelP95());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "explanation");
        json.put("iterations", iterations);
        json.put("decisions", opened.size());
        json.put("openP50Ms", f.openP50());
        json.put("openP95Ms", f.openP95());
        json.put("whatIfP50Ms", f.whatIfP50());
        json.put("whatIfP95Ms", f.whatIfP95());
        out.println(new ObjectMapper().writeValueAsString(json));
        return 0;
      } finally {
        Platform.exit();
      }
    }
  }

  /** Up to {@code count} decisions, a third per benefit where there are, fetched and recomputed. */
  static List<OpenedDecision> fetch(DecisionWorkspace workspace, List<Person> persons, int count) throws Exception {
    Map<BenefitType, Integer> per = new EnumMap<>(BenefitType.class);
    List<OpenedDecision> out = new ArrayList<>();
    int quota = (count + 2) / 3;
    for (Person p : persons) {
      if (out.size() >= count) {
        break;
      }
      for (DecisionSummary s : workspace.decisions(CprNumber.parse(p.personnummer()), null)) {
        if (per.getOrDefault(s.benefit(), 0) < quota && out.size() < count) {
          out.add(workspace.open(s.id()));
          per.merge(s.benefit(), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /**
   * Times, from a thread other than the FX thread: each change runs on the FX thread, then the
   * next pulse does the CSS and layout passes. A sample is the change plus that pulse's CSS and
   * layout (from just before its CSS pass to just after its layout pass), without the wait for
   * the pulse itself (the screen's frame rate).
   */
  static Figures measure(DecisionWorkspace workspace, List<OpenedDecision> opened, int iterations) throws Exception {
    Messages messages = new Messages(Locale.forLanguageTag("da"));
    // the citizen is only used by start() and "send to supervisor", which the benchmark does not call
    var viewModel = new DecisionWorkspaceViewModel(CprNumber.parse("0101501234"), workspace,
        new BackgroundTasks(Runnable::run, Runnable::run), messages, Clock.systemDefaultZone());
    PulseTimer timer = onFx(() -> {
      var view = new DecisionWorkspaceView(viewModel, messages, () -> {});
      Stage stage = new Stage();
      stage.setScene(new Scene(view, 1400, 900));
      stage.show();
      return new PulseTimer(stage);
    });
    try {
      int warmup = Math.max(20, iterations / 5);
      List<Long> open = new ArrayList<>();
      int lines = 0;
      for (int i = 0; i < warmup + iterations; i++) {
        OpenedDecision o = opened.get(i % opened.size());
        long t = timer.time(() -> viewModel.show(o));
        if (i >= warmup) {
          open.add(t);
        }
        lines = Math.max(lines, onFx(() -> viewModel.lines().size()));
      }
      OpenedDecision pension = opened.stream()
          .filter(o -> o.decision().benefit() == BenefitType.FOLKEPENSION).findFirst().orElse(opened.get(0));
      // what-if as staff use it: its tab shown, each edit typed into a field of it
      timer.time(() -> {
        viewModel.show(pension);
        ((javafx.scene.control.TabPane) timer.stage.getScene().lookup("#workspaceTabs")).getSelectionModel().select(2);
      });
      var field = onFx(() -> viewModel.whatIfFields().get(0));
      String original = onFx(() -> field.value().get());
      List<Long> whatIf = new ArrayList<>();
      for (int i = 0; i < warmup + iterations; i++) {
        String value = i % 2 == 0 ? String.valueOf(100_000 + i * 1_000) : original;
        long t = timer.time(() -> field.value().set(value));
        if (i >= warmup) {
          whatIf.add(t);
        }
      }
      // the view model's share: recompute alone, no CSS or layout
      List<Long> model = new ArrayList<>();
      onFx(() -> {
        for (int i = 0; i < warmup + iterations; i++) {
          long start = System.nanoTime();
          viewModel.simulate();
          if (i >= warmup) {
            model.add(System.nanoTime() - start);
          }
        }
        return null;
      });
      return new Figures(ms(open, 50), ms(open, 95), ms(open, 100), ms(whatIf, 50), ms(whatIf, 95), ms(whatIf, 100),
          lines, ms(model, 50), ms(model, 95));
    } finally {
      onFx(() -> {
        timer.stage.close();
        return null;
      });
    }
  }

  /** Times a change on the FX thread plus the CSS and layout passes of the pulse that shows it. */
  static final class PulseTimer {
    final Stage stage;
    private volatile CompletableFuture<Long> pending;
    private long changeNanos;
    private long preLayoutAt;

    PulseTimer(Stage stage) {
      this.stage = stage;
      stage.getScene().addPreLayoutPulseListener(() -> preLayoutAt = System.nanoTime());
      stage.getScene().addPostLayoutPulseListener(() -> {
        CompletableFuture<Long> done = pending;
        if (done != null) {
          pending = null;
          done.complete(changeNanos + System.nanoTime() - preLayoutAt);
        }
      });
    }

    /** Call off the FX thread. */
    long time(Runnable change) throws Exception {
      CompletableFuture<Long> done = new CompletableFuture<>();
      runLater(() -> {
        long start = System.nanoTime();
        change.run();
        changeNanos = System.nanoTime() - start;
        pending = done;
        Platform.requestNextPulse();
      });
      return done.get(1, TimeUnit.MINUTES);
    }
  }

  /** Runs {@code r} on the FX thread, through the one place that may hand work to it. */
  private static void runLater(Runnable r) {
    BackgroundTasks.onFxThread(Runnable::run).<Object>onUi(ignored -> r.run()).accept(null);
  }

  static <T> T onFx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    runLater(task);
    return task.get(10, TimeUnit.MINUTES);
  }

  private static double ms(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
    return Math.round(sorted.get(Math.max(0, index)) / 10_000.0) / 100.0;
  }
}
