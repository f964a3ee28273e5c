package dk.workbench.ui.lookup;

import dk.workbench.service.overview.PopTiming;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.cpr.PersonCandidate;
import dk.workbench.domain.Purpose;
import dk.workbench.domain.SearchInput;
import dk.workbench.http.ApiException;
import dk.workbench.service.lookup.PersonSearchService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
  private final PersonSearchService search;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final Clock clock;
  private final ObservableList<PersonCandidate> candidates = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper candidatesMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  /** Counts searches so that a late answer to an earlier one is ignored. */
  private long generation;

  private final StringProperty cprText = new SimpleStringProperty("");
  private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>();
  private final ObservableList<Purpose> purposes = FXCollections.observableArrayList(Purpose.values());
  private final ReadOnlyStringWrapper cprMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper purposeMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper cprWarning = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");

  public LookupViewModel(CitizenTabsViewModel citizens, PersonSearchService search, BackgroundTasks tasks,
      Messages messages, Clock clock) {
    this.citizens = citizens;
    this.search = search;
    this.tasks = tasks;
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

  /**
   * Validates the input and the purpose. A CPR number opens the citizen's overview; a name
   * with a birth date, or a phone number, lists the candidates to pick from.
   */
  public void search() {
    SearchInput input = SearchInput.parse(cprText.get(), LocalDate.now(clock));
    cprMessage.set(input instanceof SearchInput.Invalid invalid ? problem(invalid) : "");
    cprWarning.set(input instanceof SearchInput.Cpr c && c.cpr().modulus11Warning()
        ? messages.get("cpr.warning.modulus11") : "");
    purposeMessage.set(purpose.get() == null ? messages.get("purpose.required") : "");
    if (input instanceof SearchInput.Invalid || purpose.get() == null) {
      return;
    }
    clearCandidates();
    if (input instanceof SearchInput.Cpr c) {
      errorMessage.set(citizens.open(c.cpr(), purpose.get()).orElse(""));
    } else {
      findCandidates(input, false);
    }
  }

  /**
   * Screen-pop from the telephony software: the caller's phone (or CPR) number as a telephone
   * enquiry. One match opens the citizen, several are listed to pick from, none leaves the search
   * prefilled with the message.
   */
  public void pop(String text) {
    cprText.set(text);
    purpose.set(Purpose.TELEPHONE_ENQUIRY);
    if (SearchInput.parse(text, LocalDate.now(clock)) instanceof SearchInput.Phone phone) {
      clearCandidates();
      findCandidates(phone, true);
    } else {
      search();
    }
  }

  /** Opens the chosen candidate's overview (with the chosen purpose). */
  public void choose(PersonCandidate candidate) {
    if (purpose.get() == null) {
      purposeMessage.set(messages.get("purpose.required"));
      return;
    }
    try {
      errorMessage.set(citizens.open(CprNumber.parse(candidate.personnummer()), purpose.get()).orElse(""));
      clearCandidates();
    } catch (InvalidCprNumberException e) {
      errorMessage.set(messages.get("search.failed"));
    }
  }

  /** {@code openSingle}: a single match opens at once (screen-pop) instead of being listed. */
  private void findCandidates(SearchInput input, boolean openSingle) {
    long mine = ++generation;
    busy.set(true);
    tasks.run(() -> input instanceof SearchInput.Phone phone ? search.search(phone)
            : search.search((SearchInput.NameAndBirthDate) input))
        .onSuccess(result -> {
          if (mine == generation) {
            busy.set(false);
            if (openSingle && result.candidates().size() == 1 && !result.truncated()) {
              PopTiming.mark("searched");
              choose(result.candidates().get(0));
              return;
            }
            candidates.setAll(result.candidates());
            candidatesMessage.set(result.candidates().isEmpty() ? messages.get("search.none")
                : result.truncated() ? messages.get("search.truncated", result.total(), result.candidates().size())
                : messages.get("search.pick", result.candidates().size()));
          }
        })
        .onFailure(failure -> {
          if (mine == generation) {
            busy.set(false);
            errorMessage.set(messages.get("search.failed")
                + (failure instanceof ApiException api ? " " + messages.get("error.reference", api.correlationId()) : ""));
          }
        })
        .start();
  }

  private void clearCandidates() {
    generation++;
    busy.set(false);
    candidates.clear();
    candidatesMessage.set("");
  }

  private String problem(SearchInput.Invalid invalid) {
    return invalid.reason() == SearchInput.Reason.BAD_CPR
        ? messages.get("cpr.problem." + invalid.cprProblem().name())
        : messages.get("search.problem." + invalid.reason().name());
  }

  /** One candidate as the list shows it: name, birth date, address (or "Beskyttet adresse") and status. */
  public String candidateLabel(PersonCandidate c) {
    String name = c.navn() == null ? "" : c.navn().fuldtNavn();
    String address = c.adressebeskyttet() ? messages.get("person.address.protected")
        : c.aktuelAdresse() == null ? messages.get("person.address.none") : c.aktuelAdresse().enLinje();
    String status = c.status() == null || "01".equals(c.status().status()) ? ""
        : " · " + messages.get("search.status." + c.status().status());
    return name + " · " + messages.get("search.born", messages.date(c.foedselsdato())) + " · " + address + status;
  }

  /** The candidates of the last name or phone search; empty after a CPR look-up. */
  public ObservableList<PersonCandidate> candidates() {
    return candidates;
  }

  /** "3 personer fundet – vælg den rigtige" and the like. */
  public ReadOnlyStringProperty candidatesMessageProperty() {
    return candidatesMessage.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
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
