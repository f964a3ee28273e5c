package dk.workbench.ui.lookup;

import dk.workbench.domain.Purpose;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The look-up screen: binds to {@link LookupViewModel} and forwards events; no logic of its own. */
public class LookupView {
  private final LookupViewModel viewModel;

  @FXML private TextField cprField;
  @FXML private ComboBox<Purpose> purposeBox;
  @FXML private Button searchButton;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Label cprMessage;
  @FXML private Label cprWarning;
  @FXML private Label purposeMessage;
  @FXML private Label errorMessage;
  @FXML private Button retryButton;
  @FXML private VBox personCard;
  @FXML private Label personName;
  @FXML private Label personCpr;
  @FXML private Label personAddress;
  @FXML private Label personCivilStatus;
  @FXML private Label personAge;
  @FXML private Label personDigitalPost;
  @FXML private FlowPane personNotes;

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
    showWhenNotEmpty(cprMessage);
    showWhenNotEmpty(cprWarning);
    showWhenNotEmpty(purposeMessage);
    showWhenNotEmpty(errorMessage);
    cprMessage.textProperty().bind(viewModel.cprMessageProperty());
    cprWarning.textProperty().bind(viewModel.cprWarningProperty());
    purposeMessage.textProperty().bind(viewModel.purposeMessageProperty());
    errorMessage.textProperty().bind(viewModel.errorMessageProperty());
    retryButton.visibleProperty().bind(viewModel.retryPossibleProperty());
    retryButton.managedProperty().bind(retryButton.visibleProperty());
    busyIndicator.visibleProperty().bind(viewModel.busyProperty());
    searchButton.disableProperty().bind(viewModel.busyProperty());
    personCard.visibleProperty().bind(viewModel.cardProperty().isNotNull());
    personCard.managedProperty().bind(personCard.visibleProperty());
    viewModel.cardProperty().addListener((obs, old, card) -> show(card));
    show(viewModel.cardProperty().get());
  }

  private static void showWhenNotEmpty(Label label) {
    label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
    label.managedProperty().bind(label.visibleProperty());
  }

  private void show(PersonCard card) {
    personNotes.getChildren().clear();
    if (card == null) {
      return;
    }
    personName.setText(card.name());
    personCpr.setText(card.cpr());
    personAddress.setText(card.address());
    personCivilStatus.setText(card.civilStatus());
    personAge.setText(card.age());
    personDigitalPost.setText(card.digitalPost());
    for (String note : card.notes()) {
      Label tag = new Label(note);
      tag.getStyleClass().add("person-note");
      personNotes.getChildren().add(tag);
    }
  }

  @FXML
  private void onSearch() {
    viewModel.search();
  }

  @FXML
  private void onRetry() {
    viewModel.retry();
  }
}
