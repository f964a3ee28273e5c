package dk.workbench.ui.main;

import dk.workbench.service.connection.ConnectionMonitor;
import dk.workbench.ui.overview.CitizenTabsView;
import dk.workbench.ui.calls.CallPanel;
import dk.workbench.ui.calls.FollowUpQueueView;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.offline.LocalDataView;
import dk.workbench.ui.offline.LocalDataViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import java.util.ArrayList;
import java.util.List;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import javafx.stage.Window;
import javafx.util.Duration;

/** The main window's frame: product name, mode, the look-up bar and the open citizens' tabs. */
public class MainView {
  private static final Duration OUTBOX_POLL = Duration.seconds(3);

  private final MainViewModel viewModel;
  private final CitizenTabsView citizens;
  private final LocalDataViewModel localData;
  private final LocalDataView localDataView;

  @FXML private Label modeLabel;
  @FXML private Label connectionLabel;
  @FXML private VBox content;
  @FXML private HBox noticeBar;
  @FXML private Label noticeLabel;
  @FXML private Hyperlink outboxLink;
  @FXML private Label statusMessage;
  private final Messages messages;
  private final CommandPalette palette;

  private final FollowUpQueueView queue;
  private final List<Command> extraCommands = new ArrayList<>();
  private final java.util.Map<KeyCombination, Runnable> extraShortcuts = new java.util.LinkedHashMap<>();
  private final List<String> notices = new ArrayList<>();

  public MainView(MainViewModel viewModel, CitizenTabsView citizens, LocalDataViewModel localData, LocalDataView localDataView,
      FollowUpQueueView queue, Messages messages) {
    this.queue = queue;
    this.viewModel = viewModel;
    this.citizens = citizens;
    this.localData = localData;
    this.localDataView = localDataView;
    this.messages = messages;
    this.palette = new CommandPalette(messages);
  }

  @FXML
  private void initialize() {
    modeLabel.setText(viewModel.modeText());
    connectionLabel.textProperty().bind(Bindings.createStringBinding(
        () -> viewModel.connectionText(viewModel.connectionProperty().get()), viewModel.connectionProperty()));
    viewModel.connectionProperty().addListener((obs, old, status) -> showConnection(status));
    showConnection(viewModel.connectionProperty().get());
    VBox.setVgrow(citizens, Priority.ALWAYS);
    content.getChildren().add(citizens);

    List<String> allNotices = new ArrayList<>();
    localData.notice().ifPresent(allNotices::add);
    allNotices.addAll(notices);
    if (!allNotices.isEmpty()) {
      noticeLabel.setText(String.join("\n", allNotices));
      noticeBar.setVisible(true);
      noticeBar.setManaged(true);
    }
    outboxLink.textProperty().bind(localData.statusText());
    outboxLink.setAccessibleText(outboxLink.getText());
    outboxLink.textProperty().addListener((obs, old, text) -> outboxLink.setAccessibleText(text));
    localData.refreshStatus();
    Timeline outboxPoll = new Timeline(new KeyFrame(OUTBOX_POLL, e -> localData.refreshStatus()));
    outboxPoll.setCycleCount(Animation.INDEFINITE);
    // polls only while the window is shown: not before, and not after the app stopped
    content.sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        installShortcuts(scene);
      }
    });
    outboxLink.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
        .addListener((obs, was, showing) -> {
          if (showing) {
            outboxPoll.play();
          } else {
            outboxPoll.stop();
          }
        });
  }

  /** Every action of the window, for the palette and the shortcut sheet; the open citizens last. */
  List<Command> commands() {
    List<Command> commands = new ArrayList<>(windowCommands());
    List<String> titles = citizens.openTitles();
    for (int i = 0; i < titles.size(); i++) {
      int index = i;
      KeyCombination digit = i < 9 ? key(KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.SHORTCUT_DOWN) : null;
      commands.add(new Command(messages.get("command.show", titles.get(i)), digit, () -> citizens.show(index)));
    }
    for (var parked : citizens.parked()) {
      commands.add(new Command(messages.get("command.resume", parked.name()), null, () -> citizens.resume(parked)));
    }
    return commands;
  }

  /**
   * Adds commands to the palette and the F1 sheet (their shortcuts installed with the window's),
   * and further key combinations for some of them (e.g. Ctrl+= beside Ctrl+Plus). Call before
   * the window is shown.
   */
  public void addCommands(List<Command> commands, java.util.Map<KeyCombination, Runnable> aliases) {
    extraCommands.addAll(commands);
    extraShortcuts.putAll(aliases);
  }

  /** The main window (once shown), as the owner of dialogs that commands open. */
  public Window window() {
    return content.getScene() == null ? null : content.getScene().getWindow();
  }

  /** A notice for the bar under the header at start (e.g. saved settings that could not be read). Call before the window is shown. */
  public void addNotice(String text) {
    notices.add(text);
  }

  private List<Command> windowCommands() {
    List<Command> commands = new ArrayList<>(baseCommands());
    commands.addAll(extraCommands);
    return commands;
  }

  private List<Command> baseCommands() {
    return List.of(
        new Command(messages.get("command.search"), key(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> focus("#cprField")),
        new Command(messages.get("command.purpose"), key(KeyCode.F4), () -> focus("#purposeBox")),
        new Command(messages.get("command.nextSection"), key(KeyCode.F6), citizens::focusNextSection),
        new Command(messages.get("command.newNote"), key(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
            () -> citizens.shownCallPanel().ifPresent(CallPanel::focusNotes)),
        new Command(messages.get("command.wrapUp"), key(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
            () -> citizens.shownCallPanel().ifPresent(CallPanel::wrapUp)),
        new Command(messages.get("command.print"), key(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print),
        new Command(messages.get("command.close"), key(KeyCode.W, KeyCombination.SHORTCUT_DOWN), citizens::closeShown),
        new Command(messages.get("command.park"), key(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            citizens::parkShown),
        new Command(messages.get("command.queue"), null, () -> queue.show(content.getScene().getWindow())),
        new Command(messages.get("command.outbox"), null, this::openLocalData),
        new Command(messages.get("command.palette"), key(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::openPalette),
        new Command(messages.get("command.shortcuts"), key(KeyCode.F1), this::showShortcuts));
  }

  /** Ctrl+1…9 and Ctrl+W are the citizen tabs' own (installed by them). */
  private void installShortcuts(Scene scene) {
    for (Command command : windowCommands()) {
      if (command.shortcut() != null) {
        scene.getAccelerators().putIfAbsent(command.shortcut(), command.action());
      }
    }
    extraShortcuts.forEach(scene.getAccelerators()::putIfAbsent);
  }

  private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
    return new KeyCodeCombination(code, modifiers);
  }

  private void focus(String query) {
    Node node = content.getScene().lookup(query);
    if (node != null) {
      node.requestFocus();
    }
  }

  @FXML
  private void openPalette() {
    palette.show(content.getScene().getWindow(), commands());
  }

  private void showShortcuts() {
    palette.showShortcuts(content.getScene().getWindow(), commands());
  }

  /** Prints the citizen shown through the system's print dialog; says so when there is no printer. */
  private void print() {
    var shown = citizens.shownContent();
    if (shown.isEmpty()) {
      statusMessage.setText(messages.get("print.nothing"));
      return;
    }
    PrinterJob job = PrinterJob.createPrinterJob();
    if (job == null) {
      statusMessage.setText(messages.get("print.noPrinter"));
      return;
    }
    if (job.showPrintDialog(content.getScene().getWindow()) && job.printPage(shown.get())) {
      job.endJob();
      statusMessage.setText(messages.get("print.done"));
    } else {
      job.cancelJob();
    }
  }

  @FXML
  private void closeNotice() {
    noticeBar.setVisible(false);
    noticeBar.setManaged(false);
  }

  @FXML
  private void openLocalData() {
    localDataView.show(outboxLink.getScene().getWindow());
  }

  private void showConnection(ConnectionMonitor.Status status) {
    connectionLabel.getStyleClass().removeIf(c -> c.startsWith("connection-"));
    connectionLabel.getStyleClass().add("connection-" + status.name().toLowerCase(java.util.Locale.ROOT));
  }
}
