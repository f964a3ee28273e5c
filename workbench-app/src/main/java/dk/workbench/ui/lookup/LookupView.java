package dk.workbench.ui.lookup;

import dk.workbench.contracts.cpr.PersonCandidate;
import dk.workbench.domain.Purpose;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
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
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Label candidatesMessage;
  @FXML private ListView<PersonCandidate> candidateList;

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
    busyIndicator.visibleProperty().bind(viewModel.busyProperty());
    showWhenNotEmpty(candidatesMessage);
    candidatesMessage.textProperty().bind(viewModel.candidatesMessageProperty());
    candidateList.setItems(viewModel.candidates());
    candidateList.visibleProperty().bind(Bindings.isNotEmpty(viewModel.candidates()));
    candidateList.managedProperty().bind(candidateList.visibleProperty());
    candidateList.setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(PersonCandidate candidate, boolean empty) {
        super.updateItem(candidate, empty);
        setText(empty || candidate == null ? null : viewModel.candidateLabel(candidate));
      }
    });
    candidateList.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        chooseSelected();
      }
    });
    candidateList.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        chooseSelected();
      }
    });
    showWhenNotEmpty(cprMessage);
    showWhenNotEmpty(cprWarning);
    showWhenNotEmpty(purposeMessage);
    showWhenNotEmpty(errorMessage);
    cprMessage.textProperty().bind(viewModel.cprMessageProperty());
    cprWarning.textProperty().bind(viewModel.cprWarningProperty());
    purposeMessage.textProperty().bind(viewModel.purposeMessageProperty());
    errorMessage.textProperty().bind(viewModel.errorMessageProperty());
  }

  private void chooseSelected() {
    PersonCandidate chosen = candidateList.getSelectionModel().getSelectedItem();
    if (chosen != null) {
      viewModel.choose(chosen);
    }
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
