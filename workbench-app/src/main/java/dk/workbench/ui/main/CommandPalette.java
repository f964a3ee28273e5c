package dk.workbench.ui.main;

import dk.workbench.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The command palette (Ctrl+K: type to filter, Enter runs) and the shortcut sheet (F1). */
final class CommandPalette {
  private final Messages messages;

  CommandPalette(Messages messages) {
    this.messages = messages;
  }

  /** Opens the palette over {@code owner}; the chosen command runs after it closes. */
  void show(Window owner, List<Command> commands) {
    FilteredList<Command> shown = new FilteredList<>(FXCollections.observableArrayList(commands));
    TextField filter = new TextField();
    filter.setId("paletteField");
    filter.setPromptText(messages.get("palette.prompt"));
    filter.setAccessibleText(messages.get("palette.prompt"));
    ListView<Command> list = new ListView<>(shown);
    list.setId("paletteList");
    list.setAccessibleText(messages.get("palette.title"));
    list.setPrefSize(520, 320);
    list.setCellFactory(view -> new ListCell<>() {
      @Override
      protected void updateItem(Command item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
          setGraphic(null);
          setText(null);
          return;
        }
        BorderPane row = new BorderPane();
        row.setLeft(new Label(item.label()));
        Label keys = new Label(item.shortcutText());
        keys.getStyleClass().add("shortcut");
        row.setRight(keys);
        setGraphic(row);
        setAccessibleText(item.label() + (item.shortcut() == null ? "" : ", " + item.shortcutText()));
      }
    });
    filter.textProperty().addListener((obs, old, text) -> {
      String wanted = text.strip().toLowerCase(Locale.ROOT);
      shown.setPredicate(c -> wanted.isEmpty() || c.label().toLowerCase(Locale.ROOT).contains(wanted));
      list.getSelectionModel().selectFirst();
    });
    list.getSelectionModel().selectFirst();

    Dialog<Command> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(messages.get("palette.title"));
    dialog.getDialogPane().setId("commandPalette");
    VBox content = new VBox(8, filter, list);
    VBox.setVgrow(list, Priority.ALWAYS);
    dialog.getDialogPane().setContent(content);
    ButtonType cancel = new ButtonType(messages.get("palette.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().add(cancel);
    dialog.setResultConverter(button -> null);
    Runnable choose = () -> {
      dialog.setResult(list.getSelectionModel().getSelectedItem());
      dialog.close();
    };
    filter.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
        int step = e.getCode() == KeyCode.DOWN ? 1 : -1;
        int index = Math.max(0, Math.min(shown.size() - 1, list.getSelectionModel().getSelectedIndex() + step));
        list.getSelectionModel().select(index);
        list.scrollTo(index);
        e.consume();
      } else if (e.getCode() == KeyCode.ENTER) {
        choose.run();
        e.consume();
      }
    });
    list.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        choose.run();
      }
    });
    list.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        choose.run();
        e.consume();
      }
    });
    dialog.setOnShown(e -> filter.requestFocus());
    dialog.showAndWait().ifPresent(command -> command.action().run());
  }

  /** The shortcut sheet: every command with a key, in a two-column table. */
  void showShortcuts(Window owner, List<Command> commands) {
    GridPane grid = new GridPane();
    grid.setId("shortcutSheet");
    grid.setHgap(24);
    grid.setVgap(6);
    int row = 0;
    for (Command command : commands) {
      if (command.shortcut() != null) {
        Label keys = new Label(command.shortcutText());
        keys.getStyleClass().add("shortcut");
        grid.addRow(row++, keys, new Label(command.label()));
      }
    }
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(messages.get("shortcuts.title"));
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("local.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    dialog.show();
  }
}
