package dk.workbench.app;

import dk.workbench.service.overview.PopTiming;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.common.ViewLoader;
import dk.workbench.ui.common.ErrorReporter;
import dk.workbench.ui.settings.Appearance;
import dk.workbench.app.pop.PopServer;
import dk.workbench.ui.lookup.LookupViewModel;
import dk.workbench.ui.overview.CitizenOverviewViewModel;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import dk.workbench.ui.main.MainView;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Properties;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The JavaFX application: builds the Spring context in {@link #init()}, shows the main window
 * in {@link #start(Stage)}, closes the context in {@link #stop()}.
 */
public class FxApplication extends Application {
  /** System property: print the time from JVM start to the window shown, then exit (benchmarks). */
  public static final String STARTUP_PROBE = "workbench.startupProbe";
  /** System property: print {@code citizen-shown} when a newly opened citizen's name is shown (benchmarks). */
  public static final String POP_PROBE = "workbench.popProbe";

  private static final Logger log = LoggerFactory.getLogger(FxApplication.class);

  /** The context being built while the JavaFX toolkit starts (see {@link #prepare}); null if not prepared. */
  private static volatile CompletableFuture<ConfigurableApplicationContext> prepared;

  private ConfigurableApplicationContext context;
  private RuntimeException startupFailure;
  private PopServer popServer;

  /**
   * Starts building the Spring context on a background thread, so that it overlaps the JavaFX
   * toolkit's start; {@link #init()} then only waits for it. Call before {@code Application.launch}.
   */
  public static void prepare(String[] settings) {
    daemon("workbench-preload", FxApplication::preload);
    prepared = CompletableFuture.supplyAsync(() -> buildContext(settings), runnable -> daemon("workbench-context", runnable));
  }

  /**
   * Loads the HTTP and JSON stacks (OkHttp with Kotlin, Jackson) on a third thread while the
   * context's own early steps run: they are the slowest beans to create, and class loading
   * parallelises.
   */
  private static void preload() {
    HttpClients.newClient(HttpSettings.defaults());
    ContractsJson.newMapper();
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static ConfigurableApplicationContext buildContext(String[] settings) {
    return new SpringApplicationBuilder(UiConfiguration.class)
        .web(WebApplicationType.NONE)
        .headless(false)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .initializers(new UserSettingsSource())
        .run(settings);
  }

  @Override
  public void init() {
    try {
      context = prepared != null ? prepared.join() : buildContext(getParameters().getRaw().toArray(String[]::new));
    } catch (CompletionException e) {
      startupFailure = e.getCause() instanceof RuntimeException cause ? cause : e;
      log.error("Start-up failed", startupFailure);
    } catch (RuntimeException e) {
      log.error("Start-up failed", e);
      startupFailure = e;
    }
  }

  @Override
  public void start(Stage stage) {
    if (startupFailure != null) {
      showStartupFailure();
      return;
    }
    Messages messages = context.getBean(Messages.class);
    new ErrorReporter(messages, version(), LogFile.current(), Clock.systemDefaultZone()).install();
    Scene scene = new Scene(context.getBean(ViewLoader.class).load(MainView.class), 1100, 720);
    scene.getStylesheets().add(FxApplication.class.getResource("/dk/workbench/ui/workbench.css").toExternalForm());
    Appearance appearance = context.getBean(Appearance.class); // theme and font scale of this and every later window
    appearance.style(scene);
    appearance.install();
    stage.setTitle(messages.get("app.title"));
    for (int size : new int[] {16, 32, 64, 256}) {
      stage.getIcons().add(new Image(FxApplication.class.getResourceAsStream("/dk/workbench/assets/icons/workbench-" + size + ".png")));
    }
    stage.setScene(scene);
    if (Boolean.getBoolean(STARTUP_PROBE)) {
      stage.setOnShown(e -> reportShownAndExit());
    }
    stage.show();
    startScreenPop(stage);
    if (Boolean.getBoolean(POP_PROBE)) {
      reportCitizensShown(context.getBean(CitizenTabsViewModel.class));
    }
  }

  /** Listens for {@code workbench pop} on loopback; a pop brings the window to the front and looks the caller up. */
  private void startScreenPop(Stage stage) {
    LookupViewModel lookup = context.getBean(LookupViewModel.class);
    try {
      popServer = PopServer.start(LocalCache.location(context.getBean(WorkbenchProperties.class)).directory(),
          context.getBean(BackgroundTasks.class).<String>onUi(text -> {
            PopTiming.mark("fx");
            stage.setIconified(false);
            stage.toFront();
            lookup.pop(text);
          }));
    } catch (IOException | RuntimeException e) {
      log.warn("Screen-pop is not available: {}", e.toString());
    }
  }

  /** For {@code workbench bench pop}: one {@code citizen-shown <FX thread CPU ns> <process CPU ns>} line when each new tab's title turns from the CPR number to the name. */
  private static void reportCitizensShown(CitizenTabsViewModel tabs) {
    tabs.open().addListener((ListChangeListener<CitizenOverviewViewModel>) change -> {
      while (change.next()) {
        for (CitizenOverviewViewModel overview : change.getAddedSubList()) {
          overview.titleProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> title, String old, String now) {
              title.removeListener(this);
              // the CPU time so far of this (FX) thread and of the whole process: the bench's per-pop cost
              long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                  ? os.getProcessCpuTime() : -1;
              System.out.println("citizen-shown " + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + " " + process);
              System.out.flush();
              Runnable[] laidOut = new Runnable[1];
              Scene scene = Window.getWindows().isEmpty() ? null : Window.getWindows().get(0).getScene();
              if (scene != null) {
                laidOut[0] = () -> {
                  scene.removePostLayoutPulseListener(laidOut[0]);
                  PopTiming.mark("laid-out");
                };
                scene.addPostLayoutPulseListener(laidOut[0]);
              }
            }
          });
        }
      }
    });
  }

  /** Prints {@code window-shown-ms=N} (since JVM start) and exits; used by {@code workbench bench startup}. */
  static void reportShownAndExit() {
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("window-shown-ms=" + ms);
    System.out.flush();
    Platform.exit();
  }

  private void showStartupFailure() {
    Messages messages = new Messages(Locale.forLanguageTag(System.getProperty("workbench.language", "da")));
    Alert alert = new Alert(Alert.AlertType.ERROR, ServiceContext.rootCause(startupFailure));
    alert.setHeaderText(messages.get("startup.failed"));
    alert.setTitle(messages.get("app.title"));
    alert.showAndWait();
    Platform.exit();
  }

  /** The version the build wrote into {@code version.properties}. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = FxApplication.class.getResourceAsStream("/dk/workbench/app/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // the details then say "unknown"
    }
    return properties.getProperty("version", "unknown");
  }

  @Override
  public void stop() {
    if (popServer != null) {
      popServer.close();
    }
    if (context != null) {
      context.close();
    }
  }

  /** The running application context; for tests. */
  public ConfigurableApplicationContext context() {
    return context;
  }
}
