package dk.workbench.ui.calls;

import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.ui.common.Messages;
import java.time.Duration;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The interaction record beside a citizen's overview: timer, channel, reasons, notes, wrap-up. */
public final class CallPanel extends VBox {
  private final TextArea notes = new TextArea();
  private final BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(true);
  private final ComboBox<InteractionOutcome> outcome = new ComboBox<>();
  private final CallViewModel viewModel;

  public CallPanel(CallViewModel viewModel, Messages messages, Duration autosave) {
    super(8);
    this.viewModel = viewModel;
    getStyleClass().add("call-panel");
    setId("callPanel");
    setPrefWidth(340);
    setMinWidth(300);

    Label title = new Label(messages.get("call.title"));
    title.getStyleClass().add("section-title");
    Label timer = new Label();
    timer.setId("callTimer");
    timer.textProperty().bind(viewModel.elapsedProperty());
    timer.setAccessibleText(messages.get("call.timer"));
    timer.getStyleClass().add("call-timer");

    ComboBox<InteractionChannel> channel = combo(FXCollections.observableArrayList(InteractionChannel.values()),
        viewModel::channelText);
    channel.setId("callChannel");
    channel.valueProperty().bindBidirectional(viewModel.channelProperty());
    channel.setAccessibleText(messages.get("call.channel"));

    FlowPane reasons = new FlowPane(8, 4);
    reasons.setId("callReasons");
    for (InteractionReason reason : viewModel.offeredReasons()) {
      CheckBox box = new CheckBox(viewModel.reasonText(reason));
      box.setId("reason-" + reason.name());
      box.setSelected(viewModel.reasons().contains(reason));
      box.selectedProperty().addListener((o, was, now) -> {
        if (now && !viewModel.reasons().contains(reason)) {
          viewModel.reasons().add(reason);
        } else if (!now) {
          viewModel.reasons().remove(reason);
        }
      });
      viewModel.reasons().addListener((javafx.collections.ListChangeListener<InteractionReason>) c ->
          box.setSelected(viewModel.reasons().contains(reason)));
      reasons.getChildren().add(box);
    }

    notes.setId("callNotes");
    notes.setWrapText(true);
    notes.setPrefRowCount(8);
    notes.setPromptText(messages.get("call.notes.prompt"));
    notes.setAccessibleText(messages.get("call.notes"));
    notes.textProperty().bindBidirectional(viewModel.notesProperty());
    VBox.setVgrow(notes, Priority.ALWAYS);

    outcome.setItems(FXCollections.observableArrayList(InteractionOutcome.values()));
    style(outcome, viewModel::outcomeText);
    outcome.setId("callOutcome");
    outcome.setPromptText(messages.get("call.outcome.prompt"));
    outcome.setAccessibleText(messages.get("call.outcome"));
    outcome.valueProperty().bindBidirectional(viewModel.outcomeProperty());

    DatePicker followUpDate = new DatePicker();
    followUpDate.setId("followUpDate");
    followUpDate.setAccessibleText(messages.get("call.followUp.date"));
    followUpDate.setPromptText(messages.get("call.followUp.date"));
    followUpDate.valueProperty().bindBidirectional(viewModel.followUpDateProperty());
    TextField assignee = new TextField();
    assignee.setId("followUpAssignee");
    assignee.setPromptText(messages.get("call.followUp.assignee"));
    assignee.setAccessibleText(messages.get("call.followUp.assignee"));
    assignee.textProperty().bindBidirectional(viewModel.followUpAssigneeProperty());
    HBox followUp = new HBox(8, followUpDate, assignee);
    followUp.visibleProperty().bind(outcome.valueProperty().isEqualTo(InteractionOutcome.FOLLOW_UP_REQUIRED));
    followUp.managedProperty().bind(followUp.visibleProperty());

    Button wrapUp = new Button(messages.get("call.wrapUp"));
    wrapUp.setId("wrapUpButton");
    wrapUp.disableProperty().bind(viewModel.finishedProperty().or(viewModel.busyProperty()).or(viewModel.startedProperty().not()));
    wrapUp.setOnAction(e -> viewModel.wrapUp());

    Button handOver = new Button(messages.get("call.handOver"));
    handOver.setId("handOverButton");
    handOver.disableProperty().bind(wrapUp.disableProperty());
    handOver.setOnAction(e -> viewModel.handToSupervisors());

    Label problems = new Label();
    problems.setId("callProblems");
    problems.setWrapText(true);
    problems.getStyleClass().add("error-message");
    problems.textProperty().bind(viewModel.problemsProperty());
    Label status = new Label();
    status.setId("callStatus");
    status.setWrapText(true);
    status.textProperty().bind(viewModel.statusProperty());

    // a wrapped-up call can no longer be edited
    for (javafx.scene.Node editor : java.util.List.of(channel, reasons, notes, outcome, followUp)) {
      editor.disableProperty().bind(viewModel.finishedProperty());
    }
    getChildren().addAll(new HBox(12, title, timer), label(messages.get("call.channel")), channel,
        label(messages.get("call.reasons")), reasons, label(messages.get("call.notes")), notes,
        label(messages.get("call.outcome")), outcome, followUp, new FlowPane(8, 8, wrapUp, handOver), problems, status);

    // timer every second, auto-save every few seconds, both only while the window shows
    Timeline clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> viewModel.tick()));
    clock.setCycleCount(Animation.INDEFINITE);
    Timeline saver = new Timeline(new KeyFrame(javafx.util.Duration.millis(autosave.toMillis()), e -> viewModel.autosave()));
    saver.setCycleCount(Animation.INDEFINITE);
    sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
        .addListener((obs, was, showing) -> {
          if (showing) {
            saver.play();
          } else {
            saver.stop();
            viewModel.autosave();
          }
        });
    // the timer ticks only in the tab shown: a label changing every second in each hidden tab
    // made every pulse lay the tab pane out again (docs/calls.md, "Screen-pop speed")
    BooleanProperty hidden = new javafx.beans.property.SimpleBooleanProperty(false);
    sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
        .flatMap(showing -> showing ? shown : hidden).orElse(false)
        .addListener((obs, was, ticking) -> {
          if (ticking) {
            viewModel.tick();
            clock.play();
          } else {
            clock.stop();
          }
        });
    notes.focusedProperty().addListener((obs, was, focused) -> {
      if (!focused) {
        viewModel.autosave();
      }
    });
  }

  /** Whether the panel's tab is the one shown (the timer ticks only then); true unless bound. */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /** Puts the cursor in the notes ("Ny note"). */
  public void focusNotes() {
    notes.requestFocus();
    notes.end();
  }

  /** "Afslut henvendelse" from the keyboard: the cursor goes to the wrap-up code and the call is wrapped up if it can be. */
  public void wrapUp() {
    outcome.requestFocus();
    viewModel.wrapUp();
  }

  private static Label label(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("field-label");
    return label;
  }

  private static <T> ComboBox<T> combo(javafx.collections.ObservableList<T> items, Function<T, String> text) {
    ComboBox<T> box = new ComboBox<>(items);
    style(box, text);
    return box;
  }

  private static <T> void style(ComboBox<T> box, Function<T, String> text) {
    box.setCellFactory(list -> cell(text));
    box.setButtonCell(cell(text));
  }

  private static <T> ListCell<T> cell(Function<T, String> text) {
    return new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
      }
    };
  }
}
