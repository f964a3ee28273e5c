package dk.workbench.ui.attorney;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.Party;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.service.attorney.ActingForService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The citizen's powers of attorney in detail, every status: those they granted and those they
 * hold for others — grantor, grantee, privileges, validity, status, origin.
 */
public final class PowersViewModel {

  /** One line of the table, in the UI language. */
  public record Row(String id, String direction, String grantor, String grantee, String privileges, String validity,
      String status, String origin) {}

  private final ActingForService service;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");

  public PowersViewModel(ActingForService service, BackgroundTasks tasks, Messages messages) {
    this.service = service;
    this.tasks = tasks;
    this.messages = messages;
  }

  /** Loads the citizen's powers (both directions). */
  public void open(CprNumber cpr) {
    status.set(messages.get("section.loading"));
    tasks.run(() -> {
      List<Row> all = new ArrayList<>();
      for (PowerOfAttorney p : service.powersGrantedBy(cpr)) {
        all.add(row(p, messages.get("powers.granted")));
      }
      for (PowerOfAttorney p : service.powersHeldBy(cpr)) {
        all.add(row(p, messages.get("powers.held")));
      }
      return all;
    }).onSuccess(all -> {
      rows.setAll(all);
      status.set(all.isEmpty() ? messages.get("section.empty") : "");
    }).onFailure(e -> status.set(messages.get("powers.failed"))).start();
  }

  private Row row(PowerOfAttorney p, String direction) {
    String privileges = p.privileges().stream().map(FuldmagtPrivilege::name)
        .map(n -> messages.get("powers.privilege." + n)).collect(Collectors.joining(", "));
    String validity = messages.date(p.validFrom()) + " – " + (p.validTo() == null ? messages.get("powers.openEnded")
        : messages.date(p.validTo()));
    String status = messages.get("powers.status." + p.status().name())
        + (p.revokedOn() == null ? "" : " " + messages.date(p.revokedOn()));
    return new Row(p.id(), direction, name(p.grantor()), name(p.grantee()), privileges, validity, status,
        messages.get("powers.origin." + p.origin().name()));
  }

  private static String name(Party party) {
    return party == null ? "" : party.name();
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public StringProperty statusProperty() {
    return status;
  }
}
