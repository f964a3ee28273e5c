package dk.workbench.ui.main;

import dk.workbench.ui.overview.CitizenTabsView;
import javafx.fxml.FXML;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;

/** The main window's frame: product name, mode, the look-up bar and the open citizens' tabs. */
public class MainView {
  private final MainViewModel viewModel;
  private final CitizenTabsView citizens;

  @FXML private Label modeLabel;
  @FXML private VBox content;

  public MainView(MainViewModel viewModel, CitizenTabsView citizens) {
    this.viewModel = viewModel;
    this.citizens = citizens;
  }

  @FXML
  private void initialize() {
    modeLabel.setText(viewModel.modeText());
    VBox.setVgrow(citizens, Priority.ALWAYS);
    content.getChildren().add(citizens);
  }
}
