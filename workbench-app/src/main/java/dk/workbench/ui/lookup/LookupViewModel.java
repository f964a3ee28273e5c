package dk.workbench.ui.lookup;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.domain.PersonSummary;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiConnectionException;
import dk.workbench.http.ApiException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.MalformedResponseException;
import dk.workbench.http.NotFoundException;
import dk.workbench.service.lookup.PersonLookupService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and logic of the look-up screen: the CPR field and purpose, validation, the running
 * look-up, the person card and what went wrong. Knows no nodes.
 */
public class LookupViewModel {
  private static final Logger log = LoggerFactory.getLogger(LookupViewModel.class);
  private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final PersonLookupService service;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final Clock clock;

  private final StringProperty cprText = new SimpleStringProperty("");
  private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>();
  private final ObservableList<Purpose> purposes = FXCollections.observableArrayList(Purpose.values());
  private final ReadOnlyStringWrapper cprMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper purposeMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper cprWarning = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper retryPossible = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<PersonCard> card = new ReadOnlyObjectWrapper<>();

  /** Counts look-ups so that a late answer to an earlier one is ignored. */
  private long generation;
  private CprNumber lastNumber;
  private Purpose lastPurpose;

  public LookupViewModel(PersonLookupService service, BackgroundTasks tasks, Messages messages, Clock clock) {
    this.service = service;
    this.tasks = tasks;
    this.messages = messages;
    this.clock = clock;
    cprText.addListener((obs, old, now) -> {
      cprMessage.set("");
      cprWarning.set("");
    });
    purpose.addListener((obs, old, now) -> purposeMessage.set(""));
  }

  /** Validates the input and, if it is fine, starts the look-up. Keeps whatever was typed. */
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
    lookup(number, purpose.get());
  }

  /** Repeats the last look-up after a failure. */
  public void retry() {
    if (lastNumber != null) {
      lookup(lastNumber, lastPurpose);
    }
  }

  private void lookup(CprNumber number, Purpose why) {
    lastNumber = number;
    lastPurpose = why;
    long mine = ++generation;
    busy.set(true);
    errorMessage.set("");
    retryPossible.set(false);
    tasks.run(() -> service.lookup(number, why))
        .onSuccess(summary -> {
          if (mine == generation) {
            busy.set(false);
            card.set(toCard(number, summary));
          }
        })
        .onFailure(failure -> {
          if (mine == generation) {
            busy.set(false);
            card.set(null);
            showFailure(failure);
          }
        })
        .start();
  }

  private void showFailure(Throwable failure) {
    if (failure instanceof NotFoundException) {
      errorMessage.set(messages.get("lookup.notFound"));
      return;
    }
    if (failure instanceof ApiException api) {
      log.warn("CPR look-up failed: {}", api.getMessage());
      String reference = messages.get("error.reference", api.correlationId());
      if (api instanceof ApiConnectionException) {
        errorMessage.set(messages.get("lookup.unreachable") + " " + reference);
      } else if (api instanceof MalformedResponseException) {
        errorMessage.set(messages.get("lookup.malformed") + " " + reference);
      } else if (api instanceof ClientErrorException) {
        errorMessage.set(messages.get("lookup.refused", api.status()) + " " + reference);
      } else {
        errorMessage.set(messages.get("lookup.failed", api.status()) + " " + reference);
      }
      retryPossible.set(!(api instanceof ClientErrorException));
      return;
    }
    log.error("Unexpected failure in CPR look-up", failure);
    errorMessage.set(messages.get("lookup.unexpected"));
    retryPossible.set(true);
  }

  private PersonCard toCard(CprNumber number, PersonSummary p) {
    String address = p.addressProtected()
        ? messages.get("person.address.protected")
        : p.address().orElse(messages.get("person.address.none"));
    List<String> notes = new ArrayList<>();
    p.deathDate().ifPresent(d -> notes.add(messages.get("person.note.deceased", DANISH_DATE.format(d))));
    p.emigrationDate().ifPresent(d -> notes.add(messages.get("person.note.emigrated", DANISH_DATE.format(d))));
    if (p.underGuardianship()) {
      notes.add(messages.get("person.note.guardianship"));
    }
    if (p.testData()) {
      notes.add(messages.get("person.note.testdata"));
    }
    return new PersonCard(
        p.fullName(),
        number.formatted(),
        address,
        messages.get("civilstand." + (p.civilStatusCode().isEmpty() ? "unknown" : p.civilStatusCode())),
        messages.get("person.age.value", p.age(), DANISH_DATE.format(p.birthDate())),
        messages.get(p.digitalPostRegistered() ? "person.digitalpost.registered" : "person.digitalpost.exempt"),
        List.copyOf(notes));
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

  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty retryPossibleProperty() {
    return retryPossible.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PersonCard> cardProperty() {
    return card.getReadOnlyProperty();
  }
}
