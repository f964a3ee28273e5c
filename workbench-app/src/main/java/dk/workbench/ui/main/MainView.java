package dk.workbench.ui.main;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The main window's frame: product name, mode, and the look-up screen. */
public class MainView {
  private final MainViewModel viewModel;

  @FXML private Label modeLabel;

  public MainView(MainViewModel viewModel) {
    this.viewModel = viewModel;
  }

  @FXML
  private void initialize() {
    modeLabel.setText(viewModel.modeText());
  }
}
