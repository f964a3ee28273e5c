package dk.workbench.ui.explanation;

import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.rules.Language;
import dk.workbench.ui.common.Choices;
import dk.workbench.ui.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The decision workspace (FXML next to this class, which is its controller and root): binds to
 * {@link DecisionWorkspaceViewModel} and forwards events. Explanation lines are built as
 * collapsible panes, each with its accessible text; differing lines carry a warning sign and
 * the words, not colour alone. Escape goes back to the overview.
 */
public final class DecisionWorkspaceView extends BorderPane {
  private final DecisionWorkspaceViewModel viewModel;
  private final Messages messages;
  private final Runnable back;

  @FXML private Button backButton;
  @FXML private Label benefitLabel;
  @FXML private ComboBox<BenefitType> benefitBox;
  @FXML private Label statusLabel;
  @FXML private ListView<DecisionWorkspaceViewModel.DecisionItem> decisionList;
  @FXML private BarChart<String, Number> paymentsChart;
  @FXML private Label decisionTitle;
  @FXML private HBox verificationBox;
  @FXML private Label verificationLabel;
  @FXML private Button sendButton;
  @FXML private Label sentLabel;
  @FXML private HBox decisionActions;
  @FXML private ToggleButton detailsToggle;
  @FXML private VBox linesBox;
  @FXML private ComboBox<DecisionWorkspaceViewModel.DecisionItem> olderBox;
  @FXML private ComboBox<DecisionWorkspaceViewModel.DecisionItem> newerBox;
  @FXML private Label changeStatusLabel;
  @FXML private ListView<DecisionWorkspaceViewModel.ChangeItem> changeList;
  @FXML private javafx.scene.control.Tab whatIfTab;
  @FXML private javafx.scene.control.Tab summaryTab;
  @FXML private GridPane whatIfGrid;
  @FXML private Label whatIfAmountLabel;
  @FXML private Label whatIfErrorLabel;
  @FXML private VBox whatIfList;
  @FXML private ComboBox<Language> languageBox;
  @FXML private TextArea summaryArea;

  /**
   * Loads the FXML and binds.
   *
   * @param back what "Tilbage til overblik" (and Escape) does
   */
  public DecisionWorkspaceView(DecisionWorkspaceViewModel viewModel, Messages messages, Runnable back) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.back = back;
    FXMLLoader loader = new FXMLLoader(DecisionWorkspaceView.class.getResource("DecisionWorkspaceView.fxml"),
        messages.bundle());
    loader.setRoot(this);
    loader.setController(this);
    try {
      loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load DecisionWorkspaceView.fxml", e);
    }
    setId("decisionWorkspace");
  }

  @FXML
  private void initialize() {
    benefitLabel.setLabelFor(benefitBox);
    benefitBox.setItems(viewModel.benefits());
    benefitBox.setConverter(Choices.shownAs(viewModel::benefitText));
    benefitBox.valueProperty().bindBidirectional(viewModel.benefitProperty());
    statusLabel.textProperty().bind(viewModel.statusProperty());

    decisionList.setItems(viewModel.decisions());
    decisionList.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
      if (item != null && item != viewModel.selectedProperty().get()) {
        viewModel.selectedProperty().set(item);
      }
    });
    viewModel.selectedProperty().addListener((obs, old, item) -> decisionList.getSelectionModel().select(item));

    XYChart.Series<String, Number> series = new XYChart.Series<>();
    paymentsChart.getData().add(series);
    Runnable fill = () -> series.getData().setAll(viewModel.bars().stream()
        .map(b -> new XYChart.Data<String, Number>(b.label(), b.value())).toList());
    viewModel.bars().addListener((ListChangeListener<DecisionWorkspaceViewModel.Bar>) c -> fill.run());
    fill.run();
    paymentsChart.setAccessibleText(messages.get("workspace.payments"));

    decisionTitle.textProperty().bind(viewModel.titleProperty());
    verificationLabel.textProperty().bind(viewModel.verificationProperty());
    Runnable verificationStyle = () -> {
      verificationLabel.getStyleClass().removeAll("verification-agrees", "verification-differs");
      if (viewModel.discrepancyProperty().get()) {
        verificationLabel.getStyleClass().add("verification-differs");
      } else if (viewModel.agreesProperty().get()) {
        verificationLabel.getStyleClass().add("verification-agrees");
      }
    };
    viewModel.agreesProperty().addListener((obs, old, v) -> verificationStyle.run());
    viewModel.discrepancyProperty().addListener((obs, old, v) -> verificationStyle.run());
    shown(sendButton, viewModel.discrepancyProperty());
    sendButton.disableProperty().bind(viewModel.canSendProperty().not());
    sentLabel.textProperty().bind(viewModel.sentProperty());

    detailsToggle.selectedProperty().addListener((obs, old, on) -> {
      detailsToggle.setText(messages.get(on ? "explanation.hideDetails" : "explanation.showDetails"));
      for (Node n : linesBox.getChildren()) {
        if (n instanceof TitledPane p) {
          p.setExpanded(on);
        }
      }
    });
    viewModel.lines().addListener((ListChangeListener<DecisionWorkspaceViewModel.LineItem>) c -> showLines());
    showLines();

    olderBox.setItems(viewModel.decisions());
    newerBox.setItems(viewModel.decisions());
    olderBox.valueProperty().bindBidirectional(viewModel.olderProperty());
    newerBox.valueProperty().bindBidirectional(viewModel.newerProperty());
    changeStatusLabel.textProperty().bind(viewModel.changeStatusProperty());
    changeList.setItems(viewModel.changes());
    changeList.setCellFactory(list -> new ChangeCell());

    // the fields are built when the what-if tab is shown (text fields are costly to create)
    viewModel.whatIfFields().addListener((ListChangeListener<DecisionWorkspaceViewModel.WhatIfField>) c -> {
      fieldsShown = false;
      if (whatIfTab.isSelected()) {
        showFields();
      }
    });
    whatIfTab.selectedProperty().addListener((obs, old, selected) -> {
      if (selected && !fieldsShown) {
        showFields();
      }
    });
    whatIfAmountLabel.textProperty().bind(viewModel.whatIfAmountProperty());
    whatIfErrorLabel.textProperty().bind(viewModel.whatIfErrorProperty());
    // a live list: plain labels, reused, are cheaper to update on each keystroke than list cells
    viewModel.whatIfChanges().addListener((ListChangeListener<DecisionWorkspaceViewModel.ChangeItem>) c -> showWhatIfChanges());

    languageBox.getItems().setAll(Language.values());
    languageBox.setConverter(Choices.shownAs(l -> messages.get("language." + l.name())));
    languageBox.valueProperty().bindBidirectional(viewModel.summaryLanguageProperty());
    // the summary's text is laid out only while its tab is shown
    summaryTab.selectedProperty().addListener((obs, old, selected) -> {
      if (selected) {
        summaryArea.setText(viewModel.summaryProperty().get());
      }
    });
    viewModel.summaryProperty().addListener((obs, old, text) -> {
      if (summaryTab.isSelected()) {
        summaryArea.setText(text);
      }
    });

    addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        e.consume();
        back.run();
      }
    });
  }

  /**
   * One collapsible pane per line: collapsed it reads like the citizen summary, expanded it has
   * every detail. Panes are reused from one decision to the next, and a pane's detail is built
   * only when it is first expanded, so opening a decision stays cheap.
   */
  private void showLines() {
    boolean expanded = detailsToggle.isSelected();
    List<DecisionWorkspaceViewModel.LineItem> items = viewModel.lines();
    while (linePanes.size() < items.size()) {
      linePanes.add(newLinePane());
    }
    for (int i = 0; i < items.size(); i++) {
      DecisionWorkspaceViewModel.LineItem line = items.get(i);
      TitledPane pane = linePanes.get(i);
      pane.getProperties().put(LINE, line);
      pane.setContent(null);
      pane.setText(line.title());
      ((Label) pane.getGraphic()).setText(line.amount());
      pane.setAccessibleText(line.accessibleText());
      styleClass(pane, "line-differs", line.differs());
      styleClass(pane, "line-unconfirmed", line.unconfirmed());
      pane.setUserData(line.id());
      pane.setExpanded(expanded || line.differs());
      if (pane.isExpanded()) {
        fillLine(pane);
      }
    }
    // unused panes are hidden, not removed: adding nodes back to the scene would restyle them
    showFirst(linesBox, linePanes, items.size());
  }

  /** Puts {@code pool} in {@code box} once it has grown, and shows only its first {@code count} nodes. */
  private static void showFirst(VBox box, List<? extends Node> pool, int count) {
    if (box.getChildren().size() != pool.size()) {
      box.getChildren().setAll(pool);
    }
    for (int i = 0; i < pool.size(); i++) {
      Node n = pool.get(i);
      boolean shown = i < count;
      if (n.isVisible() != shown) {
        n.setVisible(shown);
        n.setManaged(shown);
      }
    }
  }

  /** Adds or removes a style class only when that changes something (a change restyles the node). */
  private static void styleClass(Node node, String styleClass, boolean wanted) {
    boolean has = node.getStyleClass().contains(styleClass);
    if (wanted && !has) {
      node.getStyleClass().add(styleClass);
    } else if (!wanted && has) {
      node.getStyleClass().remove(styleClass);
    }
  }

  private static final Class<DecisionWorkspaceViewModel.LineItem> LINE = DecisionWorkspaceViewModel.LineItem.class; // the pane's line, in its properties
  private final List<TitledPane> linePanes = new java.util.ArrayList<>();

  private TitledPane newLinePane() {
    Label amount = new Label();
    amount.getStyleClass().add("line-amount");
    TitledPane pane = new TitledPane();
    pane.setGraphic(amount);
    pane.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
    pane.setAnimated(false);
    pane.setAccessibleRole(AccessibleRole.TITLED_PANE);
    pane.getStyleClass().add("explanation-line");
    pane.expandedProperty().addListener((obs, old, open) -> {
      if (open && pane.getContent() == null) {
        fillLine(pane);
      }
    });
    return pane;
  }

  /** Builds a line's detail: how it differs (if it does), then legal basis, inputs, rates, arithmetic, amount. */
  private void fillLine(TitledPane pane) {
    var line = (DecisionWorkspaceViewModel.LineItem) pane.getProperties().get(LINE);
    VBox body = new VBox(2);
    for (String text : line.difference()) {
      Label l = new Label(text);
      l.setWrapText(true);
      l.getStyleClass().add("line-difference");
      body.getChildren().add(l);
    }
    String unconfirmed = messages.get("explanation.unconfirmed");
    for (String text : line.details()) {
      Label l = new Label(text);
      l.setWrapText(true);
      l.getStyleClass().add(text.contains(unconfirmed) ? "row-attention" : "row-text");
      body.getChildren().add(l);
    }
    pane.setContent(body);
  }

  private boolean fieldsShown;
  private final List<Label> whatIfLabels = new java.util.ArrayList<>();

  private void showWhatIfChanges() {
    List<DecisionWorkspaceViewModel.ChangeItem> items = viewModel.whatIfChanges();
    while (whatIfLabels.size() < items.size()) {
      Label label = new Label();
      label.setWrapText(true);
      label.getStyleClass().add("whatif-change");
      label.setFocusTraversable(true);
      whatIfLabels.add(label);
    }
    for (int i = 0; i < items.size(); i++) {
      whatIfLabels.get(i).setText(ChangeCell.text(items.get(i)));
      whatIfLabels.get(i).setAccessibleText(items.get(i).toString());
    }
    showFirst(whatIfList, whatIfLabels, items.size());
  }

  private void showFields() {
    fieldsShown = true;
    whatIfGrid.getChildren().clear();
    int row = 0;
    for (DecisionWorkspaceViewModel.WhatIfField f : viewModel.whatIfFields()) {
      Label label = new Label(f.label());
      Node input;
      if (f.choices().isEmpty()) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(f.value());
        text.setAccessibleText(f.label());
        text.setId("whatif-" + f.kind().name() + (f.kind() == DecisionWorkspaceViewModel.FieldKind.INCOME ? "-" + row : ""));
        input = text;
      } else {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(f.choices());
        box.valueProperty().bindBidirectional(f.value());
        box.setAccessibleText(f.label());
        box.setId("whatif-" + f.kind().name());
        input = box;
      }
      label.setLabelFor(input);
      whatIfGrid.addRow(row++, label, input);
    }
  }

  /** Adds an action on the opened decision (e.g. the letter bar) under the recomputation check. */
  public void addDecisionAction(Node action) {
    decisionActions.getChildren().add(action);
  }

  @FXML
  private void onBack() {
    back.run();
  }

  @FXML
  private void onSend() {
    viewModel.sendToSupervisor();
  }

  @FXML
  private void onReset() {
    viewModel.resetWhatIf();
  }

  @FXML
  private void onCopy() {
    ClipboardContent content = new ClipboardContent();
    content.putString(viewModel.summaryProperty().get());
    Clipboard.getSystemClipboard().setContent(content);
  }

  @FXML
  private void onSummaryPdf() {
    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
    chooser.setTitle(messages.get("summary.pdf"));
    chooser.setInitialFileName(messages.get("summary.pdfFile"));
    chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
    java.io.File file = chooser.showSaveDialog(summaryArea.getScene().getWindow());
    if (file != null) {
      viewModel.saveSummaryPdf(file.toPath());
    }
  }

  private static void shown(Node node, javafx.beans.value.ObservableBooleanValue shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(node.visibleProperty());
  }

  /** A change: its text, old → new, and the causes underneath. */
  private static final class ChangeCell extends ListCell<DecisionWorkspaceViewModel.ChangeItem> {
    static String text(DecisionWorkspaceViewModel.ChangeItem item) {
      StringBuilder sb = new StringBuilder(item.title()).append("\n  ").append(item.values());
      for (String r : item.reasons()) {
        sb.append("\n  • ").append(r);
      }
      return sb.toString();
    }

    @Override
    protected void updateItem(DecisionWorkspaceViewModel.ChangeItem item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        setAccessibleText(null);
      } else {
        setText(text(item));
        setWrapText(true);
        setPrefWidth(0);
        setAccessibleText(item.toString());
      }
    }
  }
}
