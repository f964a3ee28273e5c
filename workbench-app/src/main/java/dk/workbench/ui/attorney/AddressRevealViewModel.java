package dk.workbench.ui.attorney;

import dk.workbench.service.lookup.ProtectedAddressService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Reveals a protected address for a stated reason (recorded), on the person card of a tab. */
public final class AddressRevealViewModel {
  private final ProtectedAddressService service;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final CitizenSession citizen;
  private final StringProperty reason = new SimpleStringProperty("");
  private final StringProperty result = new SimpleStringProperty("");

  public AddressRevealViewModel(ProtectedAddressService service, BackgroundTasks tasks, Messages messages,
      CitizenSession citizen) {
    this.service = service;
    this.tasks = tasks;
    this.messages = messages;
    this.citizen = citizen;
  }

  /** Whether the staff role may reveal protected addresses (else no button). */
  public boolean available() {
    return service.mayReveal();
  }

  /** Reveals the address for the reason typed (recorded first); a missing reason says so. */
  public void reveal() {
    String why = reason.get();
    if (why == null || why.strip().length() < ProtectedAddressService.MIN_REASON) {
      result.set(messages.get("address.reasonMissing", ProtectedAddressService.MIN_REASON));
      return;
    }
    var session = citizen.session();
    tasks.run(() -> service.reveal(citizen.cpr(), citizen.purpose(), why, session == null ? null : session.onBehalf()))
        .onSuccess(address -> result.set(messages.get("address.revealed", address)))
        .onFailure(e -> result.set(messages.get("address.failed"))).start();
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  public StringProperty resultProperty() {
    return result;
  }
}
