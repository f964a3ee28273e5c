package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app in demo mode: an exception nobody catches, on the FX thread or on a worker,
 * shows the error dialog with the log file's location and details without personal data, and
 * the log file gets the same masked text.
 */
@Tag("ui")
class ErrorDialogFxTest {
  private static final String CPR = "010203-1234";
  private static final String NAME = "Karen Petersen";

  private static FxApplication app;
  private static Path logFile;
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void startApp() throws Exception {
    System.setProperty("workbench.cache.directory", Files.createTempDirectory("workbench-test-cache").toString());
    logFile = Files.createTempDirectory("workbench-test-log").resolve("workbench.log");
    System.setProperty(LogFile.NAME_PROPERTY, logFile.toString());
    FxToolkit.registerPrimaryStage();
    FxToolkit.cleanupStages(); // no window (a dialog) of an earlier test class in this JVM may take the input
    app = (FxApplication) FxToolkit.setupApplication(FxApplication.class);
    app.context().getBean(BackendEndpoint.class).awaitReady();
  }

  @AfterAll
  static void stopApp() throws Exception {
    FxToolkit.cleanupApplication(app);
    System.clearProperty(LogFile.NAME_PROPERTY);
    Thread.setDefaultUncaughtExceptionHandler(null);
  }

  @Test
  void anUncaughtErrorShowsTheDialogWithMaskedDetailsAndTheLogFile() throws Exception {
    Platform.runLater(() -> {
      throw new IllegalStateException("no overview for " + CPR + " '" + NAME + "'");
    });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());

    String details = robot.lookup("#errorDetails").queryAs(TextArea.class).getText();
    assertThat(details).contains("java.lang.IllegalStateException: no overview for ******-**** '…'", "Thread: JavaFX Application Thread")
        .doesNotContain(CPR, "0102031234", "Karen", "Petersen");
    assertThat(robot.lookup("#errorLogFile").queryAs(Label.class).getText()).isEqualTo("Logfil: " + logFile.toAbsolutePath());
    assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText()).isEqualTo("Der opstod en uventet fejl");

    // "Kopiér detaljer" copies the masked text and leaves the dialog open
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#copyDetails").queryButton().isVisible());
    WaitForAsyncUtils.waitForFxEvents(); // the dialog is laid out
    robot.clickOn("#copyDetails");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#errorCopied").queryAs(Label.class).getText()).isEqualTo("Detaljerne er kopieret til udklipsholderen.");
    String clipboard = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    assertThat(clipboard).isEqualTo(details);

    // an error on another thread while the dialog is open is counted in it, not stacked
    Thread worker = new Thread(() -> {
      throw new IllegalArgumentException("bad answer for " + CPR);
    }, "workbench-io-test");
    worker.start();
    worker.join();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errorMore").queryAs(Label.class).isVisible());
    assertThat(robot.lookup("#errorMore").queryAs(Label.class).getText()).contains("1 fejl mere");
    assertThat(robot.lookup("#errorDialog").queryAll()).hasSize(1);

    closeDialog();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isEmpty());

    // both errors are in the log file, masked
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(logFile)
        && Files.readString(logFile, StandardCharsets.UTF_8).contains("workbench-io-test"));
    String log = Files.readString(logFile, StandardCharsets.UTF_8);
    assertThat(log).contains("Unexpected error", "IllegalStateException: no overview for ******-****",
        "IllegalArgumentException: bad answer for ******-****").doesNotContain(CPR, "Karen", "Petersen");
  }

  private void closeDialog() throws Exception {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#closeError").queryButton().isVisible());
    assertThat(robot.lookup("#closeError").queryButton().getText()).isEqualTo("Luk");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#closeError");
  }

  @Test
  void anErrorOnTheIoPoolAloneOpensTheDialogToo() throws Exception {
    ExecutorService pool = app.context().getBean("ioExecutor", ExecutorService.class);
    pool.execute(() -> {
      throw new UnsupportedOperationException("not yet");
    });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
    assertThat(robot.lookup("#errorDetails").queryAs(TextArea.class).getText())
        .contains("java.lang.UnsupportedOperationException: not yet", "Thread: workbench-io-");
    closeDialog();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isEmpty());
  }
}
