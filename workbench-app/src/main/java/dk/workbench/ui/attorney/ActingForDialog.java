package dk.workbench.ui.attorney;

import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The "act on behalf of" dialog's content: who acts, the basis, the consent's details, start. */
public final class ActingForDialog extends VBox {
  public ActingForDialog(ActingForDialogViewModel vm, Messages messages, Runnable close) {
    super(10);
    setId("actingForDialog");
    getStyleClass().add("overview");
    Label intro = new Label(messages.get("attorney.dialog.intro"));
    intro.setWrapText(true);
    TextField actor = new TextField();
    actor.setId("actorField");
    actor.setPromptText(messages.get("attorney.dialog.actorPrompt"));
    actor.textProperty().bindBidirectional(vm.actorInputProperty());
    Button find = new Button(messages.get("attorney.dialog.find"));
    find.setId("findActor");
    find.setDefaultButton(false);
    find.setOnAction(e -> vm.find());
    actor.setOnAction(e -> vm.find());
    ListView<dk.workbench.service.attorney.Person> candidates = new ListView<>(vm.candidates());
    candidates.setId("actorCandidates");
    candidates.setPrefHeight(90);
    candidates.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(dk.workbench.service.attorney.Person p, boolean empty) {
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

    ToggleGroup basis = new ToggleGroup();
    RadioButton power = radio("basisPower", messages.get("attorney.basis.POWER"), basis);
    RadioButton consent = radio("basisConsent", messages.get("attorney.basis.CONSENT"), basis);
    RadioButton present = radio("basisPresent", messages.get("attorney.basis.PRESENT"), basis);
    power.setSelected(true);
    basis.selectedToggleProperty().addListener((o, a, t) -> vm.basisProperty().set(
        t == consent ? ActingForDialogViewModel.BasisChoice.CONSENT
            : t == present ? ActingForDialogViewModel.BasisChoice.PRESENT : ActingForDialogViewModel.BasisChoice.POWER));

    TextField relation = new TextField();
    relation.setId("consentRelation");
    relation.textProperty().bindBidirectional(vm.relationProperty());
    TextField reason = new TextField();
    reason.setId("consentReason");
    reason.textProperty().bindBidirectional(vm.reasonProperty());
    Spinner<Integer> days = new Spinner<>(1, ActingForDialogViewModel.MAX_CONSENT_DAYS, 30);
    days.setId("consentDays");
    days.setEditable(true);
    days.valueProperty().addListener((o, a, d) -> vm.daysProperty().set(d == null ? 0 : d));
    HBox covers = new HBox(8);
    for (FuldmagtPrivilege p : FuldmagtPrivilege.values()) {
      CheckBox box = new CheckBox(messages.get("powers.privilege." + p.name()));
      box.setId("consent-" + p.name());
      box.selectedProperty().addListener((o, a, on) -> vm.consentCovers(p, on));
      covers.getChildren().add(box);
    }
    GridPane consentForm = new GridPane();
    consentForm.setHgap(8);
    consentForm.setVgap(6);
    consentForm.addRow(0, new Label(messages.get("attorney.consent.relation")), relation);
    consentForm.addRow(1, new Label(messages.get("attorney.consent.what")), covers);
    consentForm.addRow(2, new Label(messages.get("attorney.consent.reason")), reason);
    consentForm.addRow(3, new Label(messages.get("attorney.consent.days")), days);
    consentForm.visibleProperty().bind(consent.selectedProperty());
    consentForm.managedProperty().bind(consentForm.visibleProperty());

    Label message = new Label();
    message.setId("dialogMessage");
    message.setWrapText(true);
    message.getStyleClass().add("error-message");
    message.textProperty().bind(vm.messageProperty());
    Button start = new Button(messages.get("attorney.dialog.start"));
    start.setId("startSessionButton");
    start.disableProperty().bind(vm.busyProperty());
    start.setOnAction(e -> vm.start(session -> close.run()));
    Button cancel = new Button(messages.get("attorney.dialog.cancel"));
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> close.run());
    Label chosen = new Label();
    chosen.setId("actorChosen");
    chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.actorProperty().get() == null ? ""
        : messages.get("attorney.dialog.chosen", vm.actorProperty().get().name()), vm.actorProperty()));
    getChildren().addAll(intro, new HBox(8, actor, find), candidates, chosen, new HBox(12, power, consent, present),
        consentForm, message, new HBox(8, start, cancel));
    setPrefWidth(720);
  }

  private static RadioButton radio(String id, String text, ToggleGroup group) {
    RadioButton r = new RadioButton(text);
    r.setId(id);
    r.setToggleGroup(group);
    return r;
  }
}
