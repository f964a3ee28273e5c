package dk.workbench.ui.main;

import dk.workbench.service.connection.ConnectionMonitor;
import dk.workbench.ui.overview.CitizenTabsView;
import dk.workbench.ui.offline.LocalDataView;
import dk.workbench.ui.offline.LocalDataViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
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

  public MainView(MainViewModel viewModel, CitizenTabsView citizens, LocalDataViewModel localData, LocalDataView localDataView) {
    this.viewModel = viewModel;
    this.citizens = citizens;
    this.localData = localData;
    this.localDataView = localDataView;
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

    localData.notice().ifPresent(text -> {
      noticeLabel.setText(text);
      noticeBar.setVisible(true);
      noticeBar.setManaged(true);
    });
    outboxLink.textProperty().bind(localData.statusText());
    outboxLink.setAccessibleText(outboxLink.getText());
    outboxLink.textProperty().addListener((obs, old, text) -> outboxLink.setAccessibleText(text));
    localData.refreshStatus();
    Timeline outboxPoll = new Timeline(new KeyFrame(OUTBOX_POLL, e -> localData.refreshStatus()));
    outboxPoll.setCycleCount(Animation.INDEFINITE);
    // polls only while the window is shown: not before, and not after the app stopped
    outboxLink.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
        .addListener((obs, was, showing) -> {
          if (showing) {
            outboxPoll.play();
          } else {
            outboxPoll.stop();
          }
        });
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
