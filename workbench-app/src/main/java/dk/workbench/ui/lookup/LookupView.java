package dk.workbench.ui.lookup;

import dk.workbench.domain.Purpose;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The look-up bar: binds to {@link LookupViewModel} and forwards events; no logic of its own. */
public class LookupView {
  private final LookupViewModel viewModel;

  @FXML private TextField cprField;
  @FXML private ComboBox<Purpose> purposeBox;
  @FXML private Label cprMessage;
  @FXML private Label cprWarning;
  @FXML private Label purposeMessage;
  @FXML private Label errorMessage;
  @FXML private MenuButton recentBox;

  public LookupView(LookupViewModel viewModel) {
    this.viewModel = viewModel;
  }

  @FXML
  private void initialize() {
    cprField.textProperty().bindBidirectional(viewModel.cprTextProperty());
    purposeBox.setItems(viewModel.purposes());
    purposeBox.valueProperty().bindBidirectional(viewModel.purposeProperty());
    purposeBox.setConverter(new StringConverter<>() {
      @Override
      public String toString(Purpose p) {
        return viewModel.purposeLabel(p);
      }

      @Override
      public Purpose fromString(String s) {
        return null;
      }
    });
    viewModel.recent().addListener((ListChangeListener<CitizenTabsViewModel.RecentCitizen>) change -> showRecent());
    showRecent();
    recentBox.disableProperty().bind(Bindings.isEmpty(viewModel.recent()));
    showWhenNotEmpty(cprMessage);
    showWhenNotEmpty(cprWarning);
    showWhenNotEmpty(purposeMessage);
    showWhenNotEmpty(errorMessage);
    cprMessage.textProperty().bind(viewModel.cprMessageProperty());
    cprWarning.textProperty().bind(viewModel.cprWarningProperty());
    purposeMessage.textProperty().bind(viewModel.purposeMessageProperty());
    errorMessage.textProperty().bind(viewModel.errorMessageProperty());
  }

  private void showRecent() {
    recentBox.getItems().setAll(viewModel.recent().stream().map(citizen -> {
      MenuItem item = new MenuItem(viewModel.recentLabel(citizen));
      item.setMnemonicParsing(false);
      item.setOnAction(e -> viewModel.reopen(citizen));
      return item;
    }).toList());
  }

  private static void showWhenNotEmpty(Label label) {
    label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
    label.managedProperty().bind(label.visibleProperty());
  }

  @FXML
  private void onSearch() {
    viewModel.search();
  }
}
