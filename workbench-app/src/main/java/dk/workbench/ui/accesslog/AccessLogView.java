package dk.workbench.ui.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.service.accesslog.AccessLogRow;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.common.Tables;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;

/**
 * The access-log window's controller ({@code AccessLogView.fxml}): binds the filters, the free
 * text (each keystroke asks the back-end), show names and the virtualised table to the view model.
 */
public final class AccessLogView {
  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final AccessLogViewModel vm;
  private final Messages messages;

  @FXML private BorderPane root;
  @FXML private DatePicker from;
  @FXML private DatePicker to;
  @FXML private TextField organisation;
  @FXML private ComboBox<AccessAction> action;
  @FXML private ComboBox<AccessPurpose> purpose;
  @FXML private TextField search;
  @FXML private CheckBox names;
  @FXML private Label status;
  @FXML private TableView<AccessLogRow> table;

  public AccessLogView(AccessLogViewModel vm, Messages messages) {
    this.vm = vm;
    this.messages = messages;
  }

  @FXML
  void initialize() {
    root.setUserData(this);
    from.valueProperty().bindBidirectional(vm.fromProperty());
    to.valueProperty().bindBidirectional(vm.toProperty());
    organisation.textProperty().bindBidirectional(vm.organisationProperty());
    action.getItems().add(null);
    action.getItems().addAll(AccessAction.values());
    action.valueProperty().bindBidirectional(vm.actionProperty());
    purpose.getItems().add(null);
    purpose.getItems().addAll(AccessPurpose.values());
    purpose.valueProperty().bindBidirectional(vm.purposeProperty());
    search.textProperty().bindBidirectional(vm.textProperty());
    names.selectedProperty().bindBidirectional(vm.showNamesProperty());
    status.textProperty().bind(vm.statusProperty());

    // every change goes to the back-end at once (the view model coalesces changes made while one is asked)
    vm.fromProperty().addListener((o, a, b) -> vm.refresh());
    vm.toProperty().addListener((o, a, b) -> vm.refresh());
    vm.organisationProperty().addListener((o, a, b) -> vm.refresh());
    vm.actionProperty().addListener((o, a, b) -> vm.refresh());
    vm.purposeProperty().addListener((o, a, b) -> vm.refresh());
    vm.showNamesProperty().addListener((o, a, b) -> vm.refresh());
    vm.textProperty().addListener((o, a, b) -> {
      if (!String.valueOf(a).strip().equals(String.valueOf(b).strip())) { // a trailing space changes no word
        vm.refresh();
      }
    });

    table.itemsProperty().bind(vm.rowsProperty());
    table.getColumns().add(column(messages.get("accesslog.col.when"),
        r -> r.timestamp() == null ? messages.get("section.loading") : when(r.timestamp()), 150));
    table.getColumns().add(column(messages.get("accesslog.col.who"), r -> r.organisation()
        + (r.role().isEmpty() ? "" : " · " + r.role())
        + (r.employeeWithheld() ? " · " + messages.get("accesslog.withheld")
            : r.employee().isEmpty() ? "" : " · " + r.employee()), 260));
    table.getColumns().add(column(messages.get("accesslog.col.system"), AccessLogRow::system, 160));
    table.getColumns().add(column(messages.get("accesslog.col.action"), AccessLogRow::action, 80));
    table.getColumns().add(column(messages.get("accesslog.col.data"), AccessLogRow::data, 160));
    table.getColumns().add(column(messages.get("accesslog.col.purpose"), AccessLogRow::purpose, 140));
    table.getColumns().add(column(messages.get("accesslog.col.basis"), r -> r.legalBasis()
        + (r.legalReference().isEmpty() ? "" : " (" + r.legalReference() + ")"), 240));
    table.getColumns().add(column(messages.get("accesslog.col.onBehalf"), AccessLogRow::onBehalfOf, 160));
  }

  /** The view model (tests read its timings). */
  public AccessLogViewModel viewModel() {
    return vm;
  }

  private static TableColumn<AccessLogRow, String> column(String title, Function<AccessLogRow, String> value,
      double width) {
    TableColumn<AccessLogRow, String> c = Tables.textColumn(title, value);
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }

  /** When an access happened, to the second, in Danish time ({@code 3.5.2026 14:05:09}). */
  private String when(Instant timestamp) {
    var time = timestamp.atZone(DANISH_TIME);
    return messages.date(time.toLocalDate()) + " " + SECONDS.format(time);
  }
}
