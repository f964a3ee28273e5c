package dk.workbench.ui.offline;

import dk.workbench.service.offline.LocalData;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.common.Tables;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The "Udbakke" panel: failed writes with "try again", the offline cache's figures and "Slet cache". */
public class LocalDataView {
  private final LocalDataViewModel viewModel;
  private final Messages messages;

  public LocalDataView(LocalDataViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  /** Opens the panel as a dialog over {@code owner}; returns at once. */
  public void show(Window owner) {
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(messages.get("local.title"));
    dialog.setResizable(true);
    dialog.getDialogPane().setId("localDataPanel");
    dialog.getDialogPane().setContent(content());
    dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("local.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    viewModel.refreshPanel();
    dialog.show();
  }

  private VBox content() {
    Label outboxHeading = heading("local.outbox.heading");
    Label status = new Label();
    status.textProperty().bind(viewModel.statusText());

    TableView<LocalData.Failure> table = new TableView<>(viewModel.failures());
    table.setId("outboxFailures");
    table.setAccessibleText(messages.get("local.outbox.table"));
    table.setPlaceholder(new Label(messages.get("local.outbox.noFailures")));
    table.setPrefHeight(220);
    table.getColumns().add(column("local.column.kind", f -> viewModel.kindText(f.kind())));
    table.getColumns().add(column("local.column.created", f -> viewModel.time(f.createdAt())));
    table.getColumns().add(column("local.column.attempts", f -> Integer.toString(f.attempts())));
    table.getColumns().add(column("local.column.error", LocalData.Failure::lastError));
    table.getColumns().add(column("local.column.next", viewModel::nextAttemptText));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

    Button retry = new Button(messages.get("local.retry"));
    retry.setId("retryButton");
    retry.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    retry.setOnAction(e -> viewModel.retry(table.getSelectionModel().getSelectedItem()));
    Button retryAll = new Button(messages.get("local.retryAll"));
    retryAll.setId("retryAllButton");
    retryAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.failures()));
    retryAll.setOnAction(e -> viewModel.retryAll());

    Label cacheHeading = heading("local.cache.heading");
    Label figures = new Label();
    figures.setId("cacheFigures");
    figures.setWrapText(true);
    figures.textProperty().bind(viewModel.figuresProperty());
    Button erase = new Button(messages.get("local.erase"));
    erase.setId("eraseCacheButton");
    erase.setDisable(!viewModel.cacheAvailable());
    erase.setOnAction(e -> confirmErase(erase.getScene().getWindow()));

    Label message = new Label();
    message.setId("localDataMessage");
    message.setWrapText(true);
    message.textProperty().bind(viewModel.messageProperty());

    VBox box = new VBox(8, outboxHeading, status, table, new HBox(8, retry, retryAll), new Separator(), cacheHeading, figures,
        erase, message);
    box.setPadding(new Insets(4));
    box.setPrefWidth(760);
    return box;
  }

  private void confirmErase(Window owner) {
    if (confirm(owner, messages.get("local.erase.confirm"))) {
      viewModel.erase(false, waiting -> {
        if (confirm(owner, messages.get("local.erase.undelivered", waiting))) {
          viewModel.erase(true, ignored -> {});
        }
      });
    }
  }

  private boolean confirm(Window owner, String text) {
    ButtonType yes = new ButtonType(messages.get("local.erase.yes"), ButtonBar.ButtonData.OK_DONE);
    ButtonType no = new ButtonType(messages.get("local.erase.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
    alert.initOwner(owner);
    alert.setTitle(messages.get("local.erase"));
    alert.setHeaderText(null);
    return alert.showAndWait().filter(yes::equals).isPresent();
  }

  private Label heading(String key) {
    Label label = new Label(messages.get(key));
    label.getStyleClass().add("section-title");
    return label;
  }

  private TableColumn<LocalData.Failure, String> column(String key, Function<LocalData.Failure, String> text) {
    return Tables.textColumn(messages.get(key), text);
  }
}
