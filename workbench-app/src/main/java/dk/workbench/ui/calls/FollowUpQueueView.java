package dk.workbench.ui.calls;

import dk.workbench.contracts.interactions.FollowUp;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.common.Tables;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The follow-up queue as a dialog: filter by assignee, re-assign, open the citizen. */
public class FollowUpQueueView {
  private final FollowUpQueueViewModel viewModel;
  private final Messages messages;

  public FollowUpQueueView(FollowUpQueueViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  public void show(Window owner) {
    TextField filter = new TextField();
    filter.setId("queueAssignee");
    filter.setAccessibleText(messages.get("queue.assignee"));
    filter.setPromptText(messages.get("queue.assignee"));
    filter.textProperty().bindBidirectional(viewModel.assigneeProperty());
    filter.setOnAction(e -> viewModel.load());
    Button fetch = new Button(messages.get("queue.fetch"));
    fetch.setId("queueFetch");
    fetch.setOnAction(e -> viewModel.load());

    TableView<FollowUp> table = new TableView<>(viewModel.items());
    table.setId("queueTable");
    table.setAccessibleText(messages.get("queue.title"));
    table.setPlaceholder(new Label(messages.get("queue.empty")));
    table.setPrefSize(860, 320);
    table.getColumns().add(column("queue.column.date", viewModel::dateText));
    table.getColumns().add(column("queue.column.citizen", viewModel::citizenText));
    table.getColumns().add(column("queue.column.reasons", viewModel::reasonsText));
    table.getColumns().add(column("queue.column.assignee", f -> f.interaction().followUpAssignee()));
    table.getColumns().add(column("queue.column.by", viewModel::byText));
    table.getColumns().add(column("queue.column.notes", viewModel::notesText));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

    Button assign = new Button(messages.get("queue.assign"));
    assign.setId("queueAssign");
    assign.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    assign.setOnAction(e -> {
      TextInputDialog ask = new TextInputDialog();
      ask.initOwner(table.getScene().getWindow());
      ask.setTitle(messages.get("queue.assign"));
      ask.setHeaderText(null);
      ask.setContentText(messages.get("queue.assignTo"));
      ask.getEditor().setId("queueAssignTo");
      FollowUp item = table.getSelectionModel().getSelectedItem();
      ask.showAndWait().ifPresent(to -> viewModel.assign(item, to));
    });
    Button open = new Button(messages.get("queue.open"));
    open.setId("queueOpen");
    open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    open.setOnAction(e -> viewModel.open(table.getSelectionModel().getSelectedItem()));

    Label message = new Label();
    message.setId("queueMessage");
    message.textProperty().bind(viewModel.messageProperty());

    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(messages.get("queue.title"));
    dialog.setResizable(true);
    dialog.getDialogPane().setId("followUpQueue");
    dialog.getDialogPane().setContent(new VBox(8, new HBox(8, new Label(messages.get("queue.assignee")), filter, fetch), table,
        new HBox(8, assign, open), message));
    dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("local.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    viewModel.load();
    dialog.show();
  }

  private TableColumn<FollowUp, String> column(String key, Function<FollowUp, String> text) {
    return Tables.textColumn(messages.get(key), text);
  }
}
