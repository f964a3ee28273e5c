package dk.workbench.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nothing else caught — an exception on the FX thread or on any other thread — logs
 * it (masked, see {@link ErrorDetails}) and shows a dialog: a plain message, where the log file
 * is, and "Kopiér detaljer" with text that has no personal data. One dialog at a time: errors
 * while it is open are counted in it, not stacked.
 */
public final class ErrorReporter {
  private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

  private final Messages messages;
  private final String appVersion;
  private final Path logFile;
  private final Clock clock;
  private Alert open;
  private int moreErrors;
  private Label moreLabel;

  /**
   * @param appVersion the version shown in the details
   * @param logFile where the log is written, or null when there is none
   */
  public ErrorReporter(Messages messages, String appVersion, Path logFile, Clock clock) {
    this.messages = Objects.requireNonNull(messages);
    this.appVersion = Objects.requireNonNull(appVersion);
    this.logFile = logFile;
    this.clock = Objects.requireNonNull(clock);
  }

  /** Makes this the handler of uncaught exceptions on every thread; call on the FX thread. */
  public void install() {
    Thread.setDefaultUncaughtExceptionHandler(this::uncaught);
    if (Platform.isFxApplicationThread()) {
      Thread.currentThread().setUncaughtExceptionHandler(this::uncaught);
    }
  }

  /** Logs {@code error} (masked) and shows the dialog on the FX thread. */
  public void uncaught(Thread thread, Throwable error) {
    String details;
    try {
      details = ErrorDetails.describe(error, thread.getName(), appVersion, logFile, clock.instant());
      log.error("Unexpected error\n{}", details);
    } catch (RuntimeException | Error e) {
      return; // nothing sensible is left to do; never let the handler throw
    }
    if (Platform.isFxApplicationThread()) {
      show(details);
    } else {
      try {
        Platform.runLater(() -> show(details));
      } catch (IllegalStateException toolkitGone) {
        // the app is closing: the log has it
      }
    }
  }

  /** The open dialog, if any; for tests. */
  public Alert dialog() {
    return open;
  }

  private void show(String details) {
    if (open != null) {
      moreErrors++;
      moreLabel.setText(messages.get("error.unexpected.more", moreErrors));
      moreLabel.setVisible(true);
      moreLabel.setManaged(true);
      return;
    }
    try {
      open = build(details);
      open.setOnHidden(e -> {
        open = null;
        moreErrors = 0;
      });
      open.show();
    } catch (RuntimeException | Error e) {
      open = null;
      log.error("The error dialog could not be shown: {}", e.getClass().getName());
    }
  }

  private Alert build(String details) {
    ButtonType copy = new ButtonType(messages.get("error.unexpected.copy"), ButtonBar.ButtonData.LEFT);
    ButtonType close = new ButtonType(messages.get("error.unexpected.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, close);
    alert.setTitle(messages.get("error.unexpected.title"));
    alert.setHeaderText(messages.get("error.unexpected.header"));
    alert.getDialogPane().setId("errorDialog");
    owner().ifPresent(alert::initOwner);

    Label text = new Label(messages.get("error.unexpected.text"));
    text.setWrapText(true);
    Label logLabel = new Label(logFile == null ? messages.get("error.unexpected.noLog")
        : messages.get("error.unexpected.log", logFile.toString()));
    logLabel.setId("errorLogFile");
    logLabel.setWrapText(true);
    Label detailsLabel = new Label(messages.get("error.unexpected.details"));
    TextArea detailsArea = new TextArea(details);
    detailsArea.setId("errorDetails");
    detailsArea.setEditable(false);
    detailsArea.setPrefRowCount(8);
    detailsArea.setPrefColumnCount(60);
    detailsArea.setAccessibleText(messages.get("error.unexpected.details"));
    detailsLabel.setLabelFor(detailsArea);
    Label copied = new Label();
    copied.setId("errorCopied");
    moreLabel = new Label();
    moreLabel.setId("errorMore");
    moreLabel.setVisible(false);
    moreLabel.setManaged(false);
    VBox content = new VBox(8, text, logLabel, detailsLabel, detailsArea, moreLabel, copied);
    content.setPrefWidth(560);
    alert.getDialogPane().setContent(content);

    Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
    copyButton.setId("copyDetails");
    alert.getDialogPane().lookupButton(close).setId("closeError");
    copyButton.addEventFilter(ActionEvent.ACTION, event -> {
      event.consume(); // copying does not close the dialog
      ClipboardContent clip = new ClipboardContent();
      clip.putString(details);
      Clipboard.getSystemClipboard().setContent(clip);
      copied.setText(messages.get("error.unexpected.copied"));
    });
    return alert;
  }

  /** The first showing main window, so that the dialog appears over it. */
  private static java.util.Optional<Window> owner() {
    return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.isFocused()).findFirst()
        .or(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst());
  }
}
