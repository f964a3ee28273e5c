package dk.workbench.ui.attorney;

import dk.workbench.ui.common.Tables;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The powers-of-attorney detail's controller ({@code PowersView.fxml}): one row per power, both directions. */
public final class PowersView {
  private final PowersViewModel vm;

  @FXML private BorderPane root;
  @FXML private Label status;
  @FXML private TableView<PowersViewModel.Row> table;
  @FXML private TableColumn<PowersViewModel.Row, String> id;
  @FXML private TableColumn<PowersViewModel.Row, String> direction;
  @FXML private TableColumn<PowersViewModel.Row, String> grantor;
  @FXML private TableColumn<PowersViewModel.Row, String> grantee;
  @FXML private TableColumn<PowersViewModel.Row, String> privileges;
  @FXML private TableColumn<PowersViewModel.Row, String> validity;
  @FXML private TableColumn<PowersViewModel.Row, String> state;
  @FXML private TableColumn<PowersViewModel.Row, String> origin;

  public PowersView(PowersViewModel vm) {
    this.vm = vm;
  }

  @FXML
  void initialize() {
    root.setUserData(this);
    status.textProperty().bind(vm.statusProperty());
    table.setItems(vm.rows());
    show(id, PowersViewModel.Row::id);
    show(direction, PowersViewModel.Row::direction);
    show(grantor, PowersViewModel.Row::grantor);
    show(grantee, PowersViewModel.Row::grantee);
    show(privileges, PowersViewModel.Row::privileges);
    show(validity, PowersViewModel.Row::validity);
    show(state, PowersViewModel.Row::status);
    show(origin, PowersViewModel.Row::origin);
  }

  private static void show(TableColumn<PowersViewModel.Row, String> column, Function<PowersViewModel.Row, String> f) {
    Tables.showText(column, f);
  }
}
