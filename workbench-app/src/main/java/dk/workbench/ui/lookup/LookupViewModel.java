package dk.workbench.ui.lookup;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.domain.Purpose;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and logic of the look-up bar: the CPR field and the purpose, their validation, and
 * opening the citizen's overview tab. Knows no nodes; keeps whatever was typed.
 */
public class LookupViewModel {
  private final CitizenTabsViewModel citizens;
  private final Messages messages;
  private final Clock clock;

  private final StringProperty cprText = new SimpleStringProperty("");
  private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>();
  private final ObservableList<Purpose> purposes = FXCollections.observableArrayList(Purpose.values());
  private final ReadOnlyStringWrapper cprMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper purposeMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper cprWarning = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

  public LookupViewModel(CitizenTabsViewModel citizens, Messages messages, Clock clock) {
    this.citizens = citizens;
    this.messages = messages;
    this.clock = clock;
    cprText.addListener((obs, old, now) -> {
      cprMessage.set("");
      cprWarning.set("");
      errorMessage.set("");
    });
    purpose.addListener((obs, old, now) -> {
      purposeMessage.set("");
      errorMessage.set("");
    });
  }

  /** Validates the input and, if it is fine, opens the citizen's overview. */
  public void search() {
    CprNumber number = null;
    try {
      number = CprNumber.parse(cprText.get(), LocalDate.now(clock));
      cprMessage.set("");
      cprWarning.set(number.modulus11Warning() ? messages.get("cpr.warning.modulus11") : "");
    } catch (InvalidCprNumberException e) {
      cprMessage.set(messages.get("cpr.problem." + e.problem().name()));
    }
    purposeMessage.set(purpose.get() == null ? messages.get("purpose.required") : "");
    if (number == null || purpose.get() == null) {
      return;
    }
    errorMessage.set(citizens.open(number, purpose.get()).orElse(""));
  }

  /** Citizens looked up in this session, most recent first. */
  public ObservableList<CitizenTabsViewModel.RecentCitizen> recent() {
    return citizens.recent();
  }

  /** Looks a recent citizen up again: fills the fields and searches (same purpose unless one is chosen). */
  public void reopen(CitizenTabsViewModel.RecentCitizen citizen) {
    cprText.set(citizen.cpr().formatted());
    if (purpose.get() == null) {
      purpose.set(citizen.purpose());
    }
    search();
  }

  public String recentLabel(CitizenTabsViewModel.RecentCitizen citizen) {
    return citizen.name() + " (" + citizen.cpr().formatted() + ")";
  }

  public StringProperty cprTextProperty() {
    return cprText;
  }

  public ObjectProperty<Purpose> purposeProperty() {
    return purpose;
  }

  public ObservableList<Purpose> purposes() {
    return purposes;
  }

  public String purposeLabel(Purpose p) {
    return p == null ? "" : messages.get("purpose." + p.name());
  }

  public ReadOnlyStringProperty cprMessageProperty() {
    return cprMessage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty purposeMessageProperty() {
    return purposeMessage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty cprWarningProperty() {
    return cprWarning.getReadOnlyProperty();
  }

  /** Why the overview could not be opened (the access guard refused). */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }
}
