package dk.workbench.ui.letters;

import dk.workbench.ui.common.Choices;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.common.Tables;
import dk.workbench.ui.letters.LettersViewModel.RouteChoice;
import dk.workbench.ui.letters.LettersViewModel.Row;
import dk.workbench.ui.letters.LettersViewModel.StateChoice;
import java.io.File;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The "Breve" window: the letters with their state, citizen, authority and author; filters;
 * the actions the signed-in user may take on the letter in focus (a disabled action says why);
 * its history; and the print queue's batch ("Udskriv samlet" / "Gem samlet PDF…") with a
 * progress bar and "Annullér". Binds to {@link LettersViewModel} and forwards events. Every
 * action has a mnemonic (Alt + the underlined letter); Enter in the list opens the preview;
 * F5 fetches the letters again; Escape closes the window.
 */
public final class LettersView {
  private final LettersViewModel viewModel;
  private final LetterPreviewWindow preview;
  private final Messages messages;
  private Stage stage;

  public LettersView(LettersViewModel viewModel, LetterPreviewWindow preview, Messages messages) {
    this.viewModel = viewModel;
    this.preview = preview;
    this.messages = messages;
  }

  /** Shows the window over {@code owner} (brings it to the front when it is open) and fetches the letters. */
  public void show(Window owner) {
    if (stage == null) {
      stage = build(owner);
    }
    stage.show();
    stage.toFront();
    viewModel.load();
  }

  private Stage build(Window owner) {
    ComboBox<StateChoice> state = combo("lettersStateFilter", "letters.filter.state");
    state.getItems().setAll(StateChoice.values());
    state.setConverter(Choices.shownAs(c -> messages.get("letters.filter.state." + c.name())));
    state.valueProperty().bindBidirectional(viewModel.stateFilterProperty());
    ComboBox<RouteChoice> route = combo("lettersRouteFilter", "letters.filter.route");
    route.getItems().setAll(RouteChoice.values());
    route.setConverter(Choices.shownAs(c -> messages.get("letters.filter.route." + c.name())));
    route.valueProperty().bindBidirectional(viewModel.routeFilterProperty());
    ComboBox<String> authority = combo("lettersAuthorityFilter", "letters.filter.authority");
    Runnable fillAuthorities = () -> {
      String chosen = viewModel.authorityFilterProperty().get();
      authority.getItems().setAll(viewModel.authorities());
      authority.getItems().add(0, null);
      authority.setValue(chosen);
    };
    viewModel.authorities().addListener((ListChangeListener<String>) c -> fillAuthorities.run());
    fillAuthorities.run();
    authority.setConverter(new StringConverter<>() {
      @Override
      public String toString(String value) {
        return value == null ? messages.get("letters.filter.authority.all") : value;
      }

      @Override
      public String fromString(String string) {
        return null;
      }
    });
    authority.valueProperty().bindBidirectional(viewModel.authorityFilterProperty());
    Button refresh = button("lettersRefresh", "letters.refresh");
    refresh.setOnAction(e -> viewModel.load());
    Label count = new Label();
    count.setId("lettersCount");
    count.textProperty().bind(viewModel.countProperty());
    HBox filters = new HBox(8, label("letters.filter.state", state), state, label("letters.filter.route", route), route,
        label("letters.filter.authority", authority), authority, refresh, count);
    filters.setAlignment(Pos.CENTER_LEFT);

    TableView<Row> table = new TableView<>(viewModel.rows());
    table.setId("lettersTable");
    table.setAccessibleText(messages.get("letters.title"));
    table.setPlaceholder(new Label(messages.get("letters.empty")));
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.getColumns().add(column("letters.column.number", r -> Long.toString(r.id())));
    table.getColumns().add(column("letters.column.state", Row::state));
    table.getColumns().add(column("letters.column.citizen", Row::citizen));
    table.getColumns().add(column("letters.column.authority", r -> r.letter().authority()));
    table.getColumns().add(column("letters.column.route", Row::route));
    table.getColumns().add(column("letters.column.created", Row::created));
    table.getColumns().add(column("letters.column.createdBy", r -> r.letter().createdBy()));
    table.getColumns().add(column("letters.column.subject", r -> r.letter().subject()));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
      if (row != null || table.getSelectionModel().isEmpty()) {
        viewModel.currentProperty().set(row);
      }
    });
    viewModel.currentProperty().addListener((obs, old, row) -> {
      if (row != null && table.getSelectionModel().getSelectedItem() != row) {
        table.getSelectionModel().select(row);
      }
    });
    table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Row>) c ->
        viewModel.picked().setAll(table.getSelectionModel().getSelectedItems()));
    table.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        openPreview(table);
        e.consume();
      }
    });
    table.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        openPreview(table);
      }
    });

    Label historyTitle = new Label(messages.get("letters.history"));
    historyTitle.getStyleClass().add("section-title");
    ListView<String> history = new ListView<>(viewModel.history());
    history.setId("lettersHistory");
    history.setAccessibleText(messages.get("letters.history"));
    history.setPlaceholder(new Label(messages.get("letters.history.none")));
    historyTitle.setLabelFor(history);
    VBox historyBox = new VBox(6, historyTitle, history);
    VBox.setVgrow(history, Priority.ALWAYS);
    SplitPane middle = new SplitPane(table, historyBox);
    middle.setDividerPositions(0.72);

    Button view = button("letterPreviewButton", "letters.preview");
    enable(view, viewModel.canPreviewProperty());
    view.setOnAction(e -> openPreview(table));
    Button approve = button("letterApproveButton", "letters.approve");
    enable(approve, viewModel.canApproveProperty());
    approve.setOnAction(e -> viewModel.approve());
    Button print = button("letterPrintButton", "letters.print");
    enable(print, viewModel.canPrintProperty());
    print.setOnAction(e -> viewModel.print());
    Button send = button("letterSendButton", "letters.send");
    enable(send, viewModel.canSendProperty());
    send.setOnAction(e -> viewModel.send());
    viewModel.approveReasonProperty().addListener((obs, old, why) -> approve.setAccessibleHelp(why));
    Label why = new Label();
    why.setId("letterWhy");
    why.setWrapText(true);
    why.getStyleClass().add("row-detail");
    why.textProperty().bind(viewModel.whyProperty());
    Label message = new Label();
    message.setId("lettersMessage");
    message.setWrapText(true);
    message.textProperty().bind(viewModel.messageProperty());
    HBox actions = new HBox(8, view, approve, print, send, why);
    actions.setAlignment(Pos.CENTER_LEFT);

    Label queueTitle = new Label(messages.get("letters.batch.title"));
    queueTitle.getStyleClass().add("section-title");
    Button selectAll = button("lettersSelectAll", "letters.batch.selectAll");
    selectAll.setOnAction(e -> {
      table.getSelectionModel().selectAll();
      table.requestFocus();
    });
    Button batchPrint = button("lettersBatchPrint", "letters.batch.print");
    enable(batchPrint, viewModel.canBatchProperty());
    batchPrint.setOnAction(e -> viewModel.printBatch(null));
    Button batchSave = button("lettersBatchSave", "letters.batch.save");
    enable(batchSave, viewModel.canBatchProperty());
    batchSave.setOnAction(e -> saveBatch());
    ProgressBar progress = new ProgressBar();
    progress.setId("lettersProgress");
    progress.setPrefWidth(220);
    progress.progressProperty().bind(viewModel.progressProperty());
    progress.setAccessibleText(messages.get("letters.batch.progressName"));
    Button cancel = button("lettersBatchCancel", "letters.batch.cancel");
    enable(cancel, viewModel.batchRunningProperty());
    cancel.setOnAction(e -> viewModel.cancelBatch());
    Label batchText = new Label();
    batchText.setId("lettersBatchText");
    batchText.setWrapText(true);
    batchText.textProperty().bind(viewModel.batchTextProperty());
    batchText.textProperty().addListener((obs, old, text) -> progress.setAccessibleHelp(text));
    HBox batch = new HBox(8, selectAll, batchPrint, batchSave, progress, cancel, batchText);
    batch.setAlignment(Pos.CENTER_LEFT);

    VBox bottom = new VBox(8, actions, message, queueTitle, batch);
    BorderPane root = new BorderPane(middle, filters, null, bottom, null);
    root.setId("lettersScreen");
    root.setPadding(new Insets(10));
    BorderPane.setMargin(filters, new Insets(0, 0, 8, 0));
    BorderPane.setMargin(bottom, new Insets(8, 0, 0, 0));

    Stage window = new Stage();
    if (owner != null) {
      window.initOwner(owner);
    }
    window.setTitle(messages.get("letters.title"));
    Scene scene = new Scene(root, 1180, 640);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), window::close);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::load);
    window.setScene(scene);
    window.setOnShown(e -> table.requestFocus());
    return window;
  }

  private void openPreview(TableView<Row> table) {
    Row row = viewModel.currentProperty().get();
    if (row != null) {
      preview.show(table.getScene().getWindow(), row.id());
    }
  }

  private void saveBatch() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(messages.get("letters.batch.save"));
    chooser.setInitialFileName(messages.get("letters.batch.file"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
    File file = chooser.showSaveDialog(stage);
    if (file != null) {
      viewModel.printBatch(file.toPath());
    }
  }

  private <T> ComboBox<T> combo(String id, String nameKey) {
    ComboBox<T> box = new ComboBox<>();
    box.setId(id);
    box.setAccessibleText(messages.get(nameKey));
    return box;
  }

  private Label label(String key, javafx.scene.Node target) {
    Label label = new Label(messages.get(key));
    label.setLabelFor(target);
    return label;
  }

  private Button button(String id, String key) {
    Button b = new Button(messages.get(key));
    b.setId(id);
    b.setMnemonicParsing(true);
    return b;
  }

  private static void enable(Button button, ObservableBooleanValue enabled) {
    button.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
  }

  private TableColumn<Row, String> column(String key, Function<Row, String> text) {
    return Tables.textColumn(messages.get(key), text);
  }
}
