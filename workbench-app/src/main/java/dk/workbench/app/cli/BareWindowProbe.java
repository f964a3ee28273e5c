package dk.workbench.app.cli;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import picocli.CommandLine.Command;

/**
 * Hidden {@code probe-bare-window}: the baseline for {@code bench startup}, a bare JavaFX
 * window with one label, launched through the same jar; prints the time from JVM start to shown.
 */
@Command(name = "probe-bare-window", hidden = true, description = "Baseline for bench startup.")
final class BareWindowProbe implements Runnable {

  @Override
  public void run() {
    Application.launch(BareApp.class);
  }

  /** The bare application. */
  public static final class BareApp extends Application {
    @Override
    public void start(Stage stage) {
      stage.setScene(new Scene(new Label("Citizen Workbench"), 1100, 720));
      stage.setOnShown(e -> {
        System.out.println("window-shown-ms=" + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        System.out.flush();
        Platform.exit();
      });
      stage.show();
    }
  }
}
