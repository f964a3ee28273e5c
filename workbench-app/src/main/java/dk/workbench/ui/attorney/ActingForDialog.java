package dk.workbench.ui.attorney;

import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.service.attorney.Person;
import dk.workbench.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The "act on behalf of" dialog's controller ({@code ActingForDialog.fxml}): who acts (found by
 * CPR number or name and birth date), the basis, a verbal consent's details, start.
 */
public final class ActingForDialog {
  private final ActingForDialogViewModel vm;
  private final Messages messages;
  private final Runnable close;

  @FXML private VBox root;
  @FXML private TextField actor;
  @FXML private ListView<Person> candidates;
  @FXML private Label chosen;
  @FXML private ToggleGroup basis;
  @FXML private RadioButton consent;
  @FXML private RadioButton present;
  @FXML private GridPane consentForm;
  @FXML private TextField relation;
  @FXML private CheckBox coversCases;
  @FXML private CheckBox coversPost;
  @FXML private CheckBox coversBenefits;
  @FXML private CheckBox coversAct;
  @FXML private TextField reason;
  @FXML private Spinner<Integer> days;
  @FXML private Label message;
  @FXML private Button start;

  public ActingForDialog(ActingForDialogViewModel vm, Messages messages, Runnable close) {
    this.vm = vm;
    this.messages = messages;
    this.close = close;
  }

  @FXML
  void initialize() {
    root.setUserData(this);
    actor.textProperty().bindBidirectional(vm.actorInputProperty());
    candidates.setItems(vm.candidates());
    candidates.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Person p, boolean empty) {
        super.updateItem(p, empty);
        setText(empty || p == null ? null : p.name() + " (" + p.cpr().formatted().substring(0, 6) + ")");
      }
    });
    candidates.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
      if (p != null) {
        vm.actorProperty().set(p);
      }
    });
    vm.actorProperty().addListener((o, a, p) -> {
      if (p != null && candidates.getSelectionModel().getSelectedItem() != p) {
        candidates.getSelectionModel().select(p);
      }
    });
    chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.actorProperty().get() == null ? ""
        : messages.get("attorney.dialog.chosen", vm.actorProperty().get().name()), vm.actorProperty()));
    basis.selectedToggleProperty().addListener((o, a, t) -> vm.basisProperty().set(
        t == consent ? ActingForDialogViewModel.BasisChoice.CONSENT
            : t == present ? ActingForDialogViewModel.BasisChoice.PRESENT : ActingForDialogViewModel.BasisChoice.POWER));
    consentForm.visibleProperty().bind(consent.selectedProperty());
    consentForm.managedProperty().bind(consentForm.visibleProperty());
    relation.textProperty().bindBidirectional(vm.relationProperty());
    reason.textProperty().bindBidirectional(vm.reasonProperty());
    covers(coversCases, FuldmagtPrivilege.READ_CASES);
    covers(coversPost, FuldmagtPrivilege.READ_DIGITAL_POST);
    covers(coversBenefits, FuldmagtPrivilege.READ_BENEFITS);
    covers(coversAct, FuldmagtPrivilege.ACT);
    days.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
        ActingForDialogViewModel.MAX_CONSENT_DAYS, vm.daysProperty().get()));
    days.valueProperty().addListener((o, a, d) -> vm.daysProperty().set(d == null ? 0 : d));
    message.textProperty().bind(vm.messageProperty());
    start.disableProperty().bind(vm.busyProperty());
  }

  private void covers(CheckBox box, FuldmagtPrivilege privilege) {
    box.selectedProperty().addListener((o, a, on) -> vm.consentCovers(privilege, on));
  }

  @FXML
  void onFind() {
    vm.find();
  }

  @FXML
  void onStart() {
    vm.start(session -> close.run());
  }

  @FXML
  void onCancel() {
    close.run();
  }
}
