package dk.workbench.ui.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.service.accesslog.AccessLogRow;
import dk.workbench.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The access log window: filter bar, free-text search, show names, and the virtualised table. */
public final class AccessLogView extends BorderPane {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss")
      .withZone(ZoneId.of("Europe/Copenhagen"));

  private final AccessLogViewModel vm;

  public AccessLogView(AccessLogViewModel vm, Messages messages) {
    this.vm = vm;
    setId("accessLogView");
    getStyleClass().add("overview");
    DatePicker from = new DatePicker();
    from.setId("accessFrom");
    from.setPromptText(messages.get("accesslog.from"));
    from.valueProperty().bindBidirectional(vm.fromProperty());
    DatePicker to = new DatePicker();
    to.setId("accessTo");
    to.setPromptText(messages.get("accesslog.to"));
    to.valueProperty().bindBidirectional(vm.toProperty());
    TextField organisation = new TextField();
    organisation.setId("accessOrganisation");
    organisation.setPromptText(messages.get("accesslog.organisation"));
    organisation.textProperty().bindBidirectional(vm.organisationProperty());
    ComboBox<AccessAction> action = new ComboBox<>();
    action.setId("accessAction");
    action.getItems().add(null);
    action.getItems().addAll(AccessAction.values());
    action.setPromptText(messages.get("accesslog.action"));
    action.valueProperty().bindBidirectional(vm.actionProperty());
    ComboBox<AccessPurpose> purpose = new ComboBox<>();
    purpose.setId("accessPurpose");
    purpose.getItems().add(null);
    purpose.getItems().addAll(AccessPurpose.values());
    purpose.setPromptText(messages.get("accesslog.purpose"));
    purpose.valueProperty().bindBidirectional(vm.purposeProperty());
    TextField search = new TextField();
    search.setId("accessSearch");
    search.setPromptText(messages.get("accesslog.search"));
    search.textProperty().bindBidirectional(vm.textProperty());
    CheckBox names = new CheckBox(messages.get("accesslog.showNames"));
    names.setId("accessShowNames");
    names.selectedProperty().bindBidirectional(vm.showNamesProperty());
    Label status = new Label();
    status.setId("accessStatus");
    status.textProperty().bind(vm.statusProperty());
    FlowPane filters = new FlowPane(8, 8, from, to, organisation, action, purpose, search, names);

    // filters go to the back-end at once; the free text, which reads many pages, waits for a pause in typing
    vm.fromProperty().addListener((o, a, b) -> vm.refresh());
    vm.toProperty().addListener((o, a, b) -> vm.refresh());
    vm.organisationProperty().addListener((o, a, b) -> vm.refresh());
    vm.actionProperty().addListener((o, a, b) -> vm.refresh());
    vm.purposeProperty().addListener((o, a, b) -> vm.refresh());
    vm.showNamesProperty().addListener((o, a, b) -> vm.refresh());
    PauseTransition typing = new PauseTransition(Duration.millis(300));
    typing.setOnFinished(e -> vm.refresh());
    vm.textProperty().addListener((o, a, b) -> typing.playFromStart());

    TableView<AccessLogRow> table = new TableView<>();
    table.setId("accessTable");
    table.setFixedCellSize(26);
    table.itemsProperty().bind(vm.rowsProperty());
    table.getColumns().add(column(messages.get("accesslog.col.when"),
        r -> r.timestamp() == null ? messages.get("section.loading") : WHEN.format(r.timestamp()), 150));
    table.getColumns().add(column(messages.get("accesslog.col.who"), r -> r.organisation()
        + (r.role().isEmpty() ? "" : " · " + r.role())
        + (r.employeeWithheld() ? " · " + messages.get("accesslog.withheld") : r.employee().isEmpty() ? "" : " · " + r.employee()), 260));
    table.getColumns().add(column(messages.get("accesslog.col.system"), AccessLogRow::system, 160));
    table.getColumns().add(column(messages.get("accesslog.col.action"), AccessLogRow::action, 80));
    table.getColumns().add(column(messages.get("accesslog.col.data"), AccessLogRow::data, 160));
    table.getColumns().add(column(messages.get("accesslog.col.purpose"), AccessLogRow::purpose, 140));
    table.getColumns().add(column(messages.get("accesslog.col.basis"), r -> r.legalBasis()
        + (r.legalReference().isEmpty() ? "" : " (" + r.legalReference() + ")"), 240));
    table.getColumns().add(column(messages.get("accesslog.col.onBehalf"), AccessLogRow::onBehalfOf, 160));

    setTop(new VBox(8, filters, status));
    setCenter(table);
  }

  private static TableColumn<AccessLogRow, String> column(String title, Function<AccessLogRow, String> value, double width) {
    TableColumn<AccessLogRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }

  /** The view model (tests read its timings). */
  public AccessLogViewModel viewModel() {
    return vm;
  }
}
