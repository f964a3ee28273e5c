package dk.workbench.ui.explanation;

import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.rules.Language;
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
import javafx.util.StringConverter;

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
  @FXML private ToggleButton detailsToggle;
  @FXML private VBox linesBox;
  @FXML private ComboBox<DecisionWorkspaceViewModel.DecisionItem> olderBox;
  @FXML private ComboBox<DecisionWorkspaceViewModel.DecisionItem> newerBox;
  @FXML private Label changeStatusLabel;
  @FXML private ListView<DecisionWorkspaceViewModel.ChangeItem> changeList;
  @FXML private GridPane whatIfGrid;
  @FXML private Label whatIfAmountLabel;
  @FXML private Label whatIfErrorLabel;
  @FXML private ListView<DecisionWorkspaceViewModel.ChangeItem> whatIfList;
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
    benefitBox.setConverter(converter(viewModel::benefitText));
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

    viewModel.whatIfFields().addListener((ListChangeListener<DecisionWorkspaceViewModel.WhatIfField>) c -> showFields());
    showFields();
    whatIfAmountLabel.textProperty().bind(viewModel.whatIfAmountProperty());
    whatIfErrorLabel.textProperty().bind(viewModel.whatIfErrorProperty());
    whatIfList.setItems(viewModel.whatIfChanges());
    whatIfList.setCellFactory(list -> new ChangeCell());

    languageBox.getItems().setAll(Language.values());
    languageBox.setConverter(converter(l -> messages.get("language." + l.name())));
    languageBox.valueProperty().bindBidirectional(viewModel.summaryLanguageProperty());
    summaryArea.textProperty().bind(viewModel.summaryProperty());

    addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        e.consume();
        back.run();
      }
    });
  }

  /** One collapsible pane per line: collapsed it reads like the citizen summary, expanded it has every detail. */
  private void showLines() {
    boolean expanded = detailsToggle.isSelected();
    List<Node> panes = new java.util.ArrayList<>(viewModel.lines().size());
    for (DecisionWorkspaceViewModel.LineItem line : viewModel.lines()) {
      VBox body = new VBox(2);
      for (String text : line.difference()) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("line-difference");
        body.getChildren().add(l);
      }
      for (String text : line.details()) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(text.contains(messages.get("explanation.unconfirmed")) ? "row-attention" : "row-text");
        body.getChildren().add(l);
      }
      Label amount = new Label(line.amount());
      amount.getStyleClass().add("line-amount");
      TitledPane pane = new TitledPane(line.title(), body);
      pane.setGraphic(amount);
      pane.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
      pane.setExpanded(expanded || line.differs());
      pane.setAnimated(false);
      pane.setAccessibleText(line.accessibleText());
      pane.setAccessibleRole(AccessibleRole.TITLED_PANE);
      pane.getStyleClass().add("explanation-line");
      if (line.differs()) {
        pane.getStyleClass().add("line-differs");
      }
      if (line.unconfirmed()) {
        pane.getStyleClass().add("line-unconfirmed");
      }
      pane.setUserData(line.id());
      panes.add(pane);
    }
    linesBox.getChildren().setAll(panes);
  }

  private void showFields() {
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

  private static void shown(Node node, javafx.beans.value.ObservableBooleanValue shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(node.visibleProperty());
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        return null;
      }
    };
  }

  /** A change: its text, old → new, and the causes underneath. */
  private static final class ChangeCell extends ListCell<DecisionWorkspaceViewModel.ChangeItem> {
    @Override
    protected void updateItem(DecisionWorkspaceViewModel.ChangeItem item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        setAccessibleText(null);
      } else {
        StringBuilder sb = new StringBuilder(item.title()).append("\n  ").append(item.values());
        for (String r : item.reasons()) {
          sb.append("\n  • ").append(r);
        }
        setText(sb.toString());
        setWrapText(true);
        setPrefWidth(0);
        setAccessibleText(item.toString());
      }
    }
  }
}
