package dk.workbench.ui.main;

import dk.workbench.service.connection.ConnectionMonitor;
import dk.workbench.ui.overview.CitizenTabsView;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;

/** The main window's frame: product name, mode, the look-up bar and the open citizens' tabs. */
public class MainView {
  private final MainViewModel viewModel;
  private final CitizenTabsView citizens;

  @FXML private Label modeLabel;
  @FXML private Label connectionLabel;
  @FXML private VBox content;

  public MainView(MainViewModel viewModel, CitizenTabsView citizens) {
    this.viewModel = viewModel;
    this.citizens = citizens;
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
  }

  private void showConnection(ConnectionMonitor.Status status) {
    connectionLabel.getStyleClass().removeIf(c -> c.startsWith("connection-"));
    connectionLabel.getStyleClass().add("connection-" + status.name().toLowerCase(java.util.Locale.ROOT));
  }
}
