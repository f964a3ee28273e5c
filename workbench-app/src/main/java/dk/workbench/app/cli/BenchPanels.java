package dk.workbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.app.BackendEndpoint;
import dk.workbench.app.ServiceContext;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.domain.Purpose;
import dk.workbench.service.accesslog.AccessLogService;
import dk.workbench.service.attorney.ActingForService;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.Person;
import dk.workbench.service.digitalpost.DigitalPostService;
import dk.workbench.ui.accesslog.AccessLogView;
import dk.workbench.ui.accesslog.AccessLogViewModel;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.common.ViewLoader;
import dk.workbench.ui.digitalpost.DigitalPostView;
import dk.workbench.ui.digitalpost.DigitalPostViewModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The two speed goals of the heavy citizen's panels, measured in the real views against the
 * embedded sandbox over loopback: {@code bench accesslog-ui} (a keystroke in the access log's
 * authority filter or free-text search → the table updated and laid out) and {@code bench mailbox}
 * (open the 10,000-message mailbox → its first page in the list, laid out). Both need a display
 * (e.g. {@code xvfb-run}); the last line of each is one JSON object with the figures.
 */
final class BenchPanels {
  private BenchPanels() {}

  @Command(
      name = "accesslog-ui",
      mixinStandardHelpOptions = true,
      description = {
        "Opens the heavy citizen's access log (1,000,000 entries) in the real window and types, one key at a",
        "time, an authority into the authority filter and words into the free-text search; each keystroke is",
        "timed to the table updated and laid out (goal p95 <= 100 ms). Needs a display (e.g. xvfb-run)."
      })
  static final class AccessLogUi implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds of typing (after one warm-up round). "
        + "Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Override
    public Integer call() throws Exception {
      if (rounds < 1 || rounds > 100) {
        throw new ParameterException(spec.commandLine(), "--rounds must be between 1 and 100");
      }
      return measure(spec, "accesslog-ui", (context, out, json) -> {
        json.put("rounds", rounds);
        for (Map.Entry<String, List<Long>> e : typeIntoAccessLog(context, rounds).entrySet()) {
          out.printf("Access log, keystroke in the %s -> table updated: n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms "
              + "(goal p95 <= 100 ms)%n", e.getKey(), e.getValue().size(), ms(e.getValue(), 50), ms(e.getValue(), 95),
              ms(e.getValue(), 100));
          json.put(e.getKey() + "P50Ms", ms(e.getValue(), 50));
          json.put(e.getKey() + "P95Ms", ms(e.getValue(), 95));
        }
      });
    }
  }

  @Command(
      name = "mailbox",
      mixinStandardHelpOptions = true,
      description = {
        "Opens the heavy citizen's mailbox (10,000 messages) in an assisted session, N times: from the click",
        "(window made and shown) to the first page of messages in the list and laid out (goal <= 300 ms).",
        "Needs a display (e.g. xvfb-run)."
      })
  static final class Mailbox implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--runs", defaultValue = "20", description = "Timed openings (after 3 for warm-up). "
        + "Default: ${DEFAULT-VALUE}.")
    int runs;

    @Override
    public Integer call() throws Exception {
      if (runs < 1 || runs > 500) {
        throw new ParameterException(spec.commandLine(), "--runs must be between 1 and 500");
      }
      return measure(spec, "mailbox", (context, out, json) -> {
        List<Long> opened = openMailbox(context, runs);
        out.printf("Heavy mailbox (10,000 messages), open -> first page shown: n=%d p50 %.1f ms, p95 %.1f ms, "
            + "max %.1f ms (goal <= 300 ms)%n", opened.size(), ms(opened, 50), ms(opened, 95), ms(opened, 100));
        for (Map.Entry<String, List<Long>> e : mailboxParts(context, runs).entrySet()) {
          out.printf("  of which %s: p50 %.1f ms, p95 %.1f ms%n", e.getKey(), ms(e.getValue(), 50), ms(e.getValue(), 95));
        }
        json.put("runs", runs);
        json.put("firstPageP50Ms", ms(opened, 50));
        json.put("firstPageP95Ms", ms(opened, 95));
        json.put("firstPageMaxMs", ms(opened, 100));
      });
    }
  }

  /** One panel benchmark's figures: printed as lines to {@code out} and put into {@code json}. */
  private interface Measurement {
    void run(ConfigurableApplicationContext context, PrintWriter out, Map<String, Object> json) throws Exception;
  }

  /**
   * Starts the workbench's services and the FX toolkit, runs {@code measurement}, then prints the
   * load average and, as the last line, the figures as one JSON object; 1 when FX cannot start.
   */
  private static int measure(CommandSpec spec, String benchmark, Measurement measurement) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (var context = start()) {
      if (!startFx(spec)) {
        return 1;
      }
      try {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", benchmark);
        measurement.run(context, out, json);
        json.put("loadAverage", loadAverage());
        out.printf("Load average: %s%n", loadAverage());
        out.println(new ObjectMapper().writeValueAsString(json));
        return 0;
      } finally {
        Platform.exit();
      }
    }
  }

  /** Keystroke → table laid out, per field: "authority" and "search", in nanoseconds. */
  static Map<String, List<Long>> typeIntoAccessLog(ConfigurableApplicationContext context, int rounds) throws Exception {
    Messages messages = context.getBean(Messages.class);
    BackgroundTasks tasks = BackgroundTasks.onFxThread(context.getBean(ExecutorService.class));
    AccessLogViewModel vm = new AccessLogViewModel(context.getBean(AccessLogService.class), tasks, messages);
    CprNumber heavy = heavy(context);
    Window window = onFx(() -> {
      Parent root = new ViewLoader(c -> null, messages).load(AccessLogView.class, new AccessLogView(vm, messages));
      Window w = Window.show(root, 1400, 800);
      vm.open(heavy, Purpose.CASEWORK, (ActingForSession) null);
      return w;
    });
    try {
      waitShown(window, vm, () -> {}); // the first page of the whole log
      Map<String, List<Long>> figures = new LinkedHashMap<>();
      figures.put("authority", new ArrayList<>());
      figures.put("search", new ArrayList<>());
      for (int round = 0; round <= rounds; round++) {
        type(window, vm, "#accessOrganisation", "Udbetaling Danmark", round == 0 ? null : figures.get("authority"));
        type(window, vm, "#accessOrganisation", null, null);
        type(window, vm, "#accessSearch", "folkepension udbetaling", round == 0 ? null : figures.get("search"));
        type(window, vm, "#accessSearch", null, null);
      }
      return figures;
    } finally {
      onFx(() -> {
        window.stage.close();
        return null;
      });
    }
  }

  /** Types {@code text} one key at a time (null: clears the field), timing each key into {@code times}. */
  private static void type(Window window, AccessLogViewModel vm, String field, String text, List<Long> times)
      throws Exception {
    TextField input = onFx(() -> (TextField) window.stage.getScene().lookup(field));
    if (text == null) {
      waitShown(window, vm, () -> input.setText(""));
      return;
    }
    for (char c : text.toCharArray()) {
      if (c == ' ') {
        onFx(() -> {
          input.setText(input.getText() + c); // a space alone changes no filter's meaning: no new request
          return null;
        });
        continue;
      }
      long t = waitShown(window, vm, () -> input.setText(input.getText() + c));
      if (times != null) {
        times.add(t);
      }
      Thread.sleep(20);
    }
  }

  /** Runs the change on the FX thread and waits for the view model's next result laid out; nanoseconds. */
  private static long waitShown(Window window, AccessLogViewModel vm, Runnable change) throws Exception {
    CompletableFuture<Long> done = new CompletableFuture<>();
    runLater(() -> {
      long start = System.nanoTime();
      ChangeListener<Number> listener = new ChangeListener<>() {
        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
          vm.shownProperty().removeListener(this);
          window.afterLayout(() -> done.complete(System.nanoTime() - start));
        }
      };
      vm.shownProperty().addListener(listener);
      change.run();
    });
    return done.get(1, TimeUnit.MINUTES);
  }

  /** Click → first page of the heavy mailbox laid out, per run, in nanoseconds. */
  static List<Long> openMailbox(ConfigurableApplicationContext context, int runs) throws Exception {
    Messages messages = context.getBean(Messages.class);
    BackgroundTasks tasks = BackgroundTasks.onFxThread(context.getBean(ExecutorService.class));
    DigitalPostService post = context.getBean(DigitalPostService.class);
    CprNumber heavy = heavy(context);
    ActingForSession session = context.getBean(ActingForService.class)
        .startAssisted(new Person(heavy, "Borger"), Purpose.PERSONAL_ATTENDANCE, Duration.ofHours(2));
    List<Long> times = new ArrayList<>();
    int warmup = 3;
    for (int run = 0; run < warmup + runs; run++) {
      CompletableFuture<Long> done = new CompletableFuture<>();
      Window[] window = new Window[1];
      runLater(() -> {
        long start = System.nanoTime();
        DigitalPostViewModel vm = new DigitalPostViewModel(post, tasks, messages, Clock.systemDefaultZone().getZone());
        vm.items().addListener(new ListChangeListener<dk.workbench.contracts.digitalpost.MailboxMessage>() {
          @Override
          public void onChanged(Change<? extends dk.workbench.contracts.digitalpost.MailboxMessage> c) {
            if (!vm.items().isEmpty()) {
              vm.items().removeListener(this);
              window[0].afterLayout(() -> done.complete(System.nanoTime() - start));
            }
          }
        });
        vm.open(heavy, session);
        Parent root = new ViewLoader(c -> null, messages).load(DigitalPostView.class, new DigitalPostView(vm, messages));
        window[0] = Window.show(root, 1200, 800);
      });
      long t = done.get(1, TimeUnit.MINUTES);
      if (run >= warmup) {
        times.add(t);
      }
      onFx(() -> {
        window[0].stage.close();
        return null;
      });
    }
    return times;
  }

  /** The parts of opening the mailbox, each alone: the record, the first page at the service, the window. */
  static Map<String, List<Long>> mailboxParts(ConfigurableApplicationContext context, int runs) throws Exception {
    Messages messages = context.getBean(Messages.class);
    DigitalPostService post = context.getBean(DigitalPostService.class);
    CprNumber heavy = heavy(context);
    ActingForSession session = context.getBean(ActingForService.class)
        .startAssisted(new Person(heavy, "Borger"), Purpose.PERSONAL_ATTENDANCE, Duration.ofHours(2));
    Map<String, List<Long>> parts = new LinkedHashMap<>();
    parts.put("the opening recorded (audit log + outbox)", new ArrayList<>());
    parts.put("the first page at the service (back-end calls)", new ArrayList<>());
    parts.put("the window made and shown (FX thread)", new ArrayList<>());
    for (int run = 0; run < runs; run++) {
      long t = System.nanoTime();
      post.recordOpen(session, dk.workbench.service.digitalpost.Folder.INBOX);
      parts.get("the opening recorded (audit log + outbox)").add(System.nanoTime() - t);
      t = System.nanoTime();
      post.firstPage(session, dk.workbench.service.digitalpost.Folder.INBOX, DigitalPostViewModel.FIRST_PAGE);
      parts.get("the first page at the service (back-end calls)").add(System.nanoTime() - t);
      BackgroundTasks idle = new BackgroundTasks(r -> {}, Runnable::run);
      long shown = onFx(() -> {
        long start = System.nanoTime();
        DigitalPostViewModel vm = new DigitalPostViewModel(post, idle, messages, Clock.systemDefaultZone().getZone());
        Parent root = new ViewLoader(c -> null, messages).load(DigitalPostView.class, new DigitalPostView(vm, messages));
        Window w = Window.show(root, 1200, 800);
        long took = System.nanoTime() - start;
        w.stage.close();
        return took;
      });
      parts.get("the window made and shown (FX thread)").add(shown);
    }
    return parts;
  }

  /** A shown stage that can call back after the layout pass of its next pulse. */
  static final class Window {
    final Stage stage;
    private final List<Runnable> afterLayout = new ArrayList<>();

    private Window(Stage stage) {
      this.stage = stage;
      stage.getScene().addPostLayoutPulseListener(() -> {
        List<Runnable> now = new ArrayList<>(afterLayout);
        afterLayout.clear();
        now.forEach(Runnable::run);
      });
    }

    static Window show(Parent root, double width, double height) {
      Scene scene = new Scene(root, width, height);
      scene.getStylesheets().add(BenchPanels.class.getResource("/dk/workbench/ui/workbench.css").toExternalForm());
      Stage stage = new Stage();
      stage.setScene(scene);
      stage.show();
      return new Window(stage);
    }

    /** FX thread: {@code r} runs after the next pulse's layout pass. */
    void afterLayout(Runnable r) {
      afterLayout.add(r);
      Platform.requestNextPulse();
    }
  }

  private static ConfigurableApplicationContext start() throws Exception {
    Path cache = Files.createTempDirectory("workbench-bench-panels");
    return ServiceContext.start("--workbench.cache.directory=" + cache);
  }

  private static boolean startFx(CommandSpec spec) {
    try {
      Platform.startup(() -> {});
      Platform.setImplicitExit(false);
      return true;
    } catch (UnsupportedOperationException | IllegalStateException e) {
      spec.commandLine().getErr().println("JavaFX could not start (is there a display? try xvfb-run): " + e.getMessage());
      return false;
    }
  }

  private static CprNumber heavy(ConfigurableApplicationContext context) throws Exception {
    ArchetypeEntry entry = context.getBean(BackendEndpoint.class).sandboxPopulation().orElseThrow().archetypes().stream()
        .filter(e -> e.archetype().equals("heavy-history")).findFirst().orElseThrow();
    return CprNumber.parse(entry.cpr());
  }

  /** The 1-, 5- and 15-minute load averages (Linux), for the record beside each figure. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static void runLater(Runnable r) {
    Consumer<Object> onUi = BackgroundTasks.onFxThread(Runnable::run).onUi(ignored -> r.run());
    onUi.accept(null);
  }

  static <T> T onFx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    runLater(task);
    return task.get(5, TimeUnit.MINUTES);
  }

  private static double ms(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
    return Math.round(sorted.get(Math.max(0, index)) / 100_000.0) / 10.0;
  }
}
