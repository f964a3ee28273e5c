package dk.workbench.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Small helpers for the read-only tables of the workbench. */
public final class Tables {
  private Tables() {}

  /** A column titled {@code title} showing {@code text} of each row. */
  public static <T> TableColumn<T, String> textColumn(String title, Function<T, String> text) {
    TableColumn<T, String> column = new TableColumn<>(title);
    showText(column, text);
    return column;
  }

  /** Lets {@code column} (e.g. one declared in FXML) show {@code text} of each row. */
  public static <T> void showText(TableColumn<T, String> column, Function<T, String> text) {
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
  }
}
