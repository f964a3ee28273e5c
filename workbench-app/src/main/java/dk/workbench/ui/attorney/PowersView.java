package dk.workbench.ui.attorney;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import dk.workbench.ui.common.Messages;

/** The powers-of-attorney detail: one row per power, both directions. */
public final class PowersView extends BorderPane {
  public PowersView(PowersViewModel vm, Messages messages) {
    setId("powersView");
    getStyleClass().add("overview");
    Label status = new Label();
    status.setId("powersStatus");
    status.textProperty().bind(vm.statusProperty());
    TableView<PowersViewModel.Row> table = new TableView<>(vm.rows());
    table.setId("powersTable");
    table.getColumns().add(column(messages.get("powers.col.id"), PowersViewModel.Row::id, 120));
    table.getColumns().add(column(messages.get("powers.col.direction"), PowersViewModel.Row::direction, 110));
    table.getColumns().add(column(messages.get("powers.col.grantor"), PowersViewModel.Row::grantor, 160));
    table.getColumns().add(column(messages.get("powers.col.grantee"), PowersViewModel.Row::grantee, 160));
    table.getColumns().add(column(messages.get("powers.col.privileges"), PowersViewModel.Row::privileges, 260));
    table.getColumns().add(column(messages.get("powers.col.validity"), PowersViewModel.Row::validity, 170));
    table.getColumns().add(column(messages.get("powers.col.status"), PowersViewModel.Row::status, 130));
    table.getColumns().add(column(messages.get("powers.col.origin"), PowersViewModel.Row::origin, 150));
    setTop(status);
    setCenter(table);
  }

  private static TableColumn<PowersViewModel.Row, String> column(String title, Function<PowersViewModel.Row, String> f,
      double width) {
    TableColumn<PowersViewModel.Row, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
    c.setPrefWidth(width);
    return c;
  }
}
