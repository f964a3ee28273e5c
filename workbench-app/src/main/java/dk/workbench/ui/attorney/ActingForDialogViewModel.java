package dk.workbench.ui.attorney;

import dk.workbench.contracts.cpr.PersonCandidate;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.domain.SearchInput;
import dk.workbench.service.attorney.ActingForService;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.Person;
import dk.workbench.service.attorney.SessionStart;
import dk.workbench.service.lookup.PersonLookupService;
import dk.workbench.service.lookup.PersonSearchService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "act on behalf of" dialog: find who acts (CPR number, or name and birth date with a pick
 * from the candidates), choose the basis (power of attorney, verbal consent, citizen present)
 * and start; a blocked start says why.
 */
public final class ActingForDialogViewModel {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ActingForDialogViewModel.class);
  /** What the session rests on. */
  public enum BasisChoice { POWER, CONSENT, PRESENT }

  /** The longest verbal consent in days (six months). */
  public static final int MAX_CONSENT_DAYS = 183;

  private final ActingForService service;
  private final PersonSearchService search;
  private final PersonLookupService lookup;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final Clock clock;
  private CitizenSession citizen;

  private final StringProperty actorInput = new SimpleStringProperty("");
  private final ObservableList<Person> candidates = FXCollections.observableArrayList();
  private final ObjectProperty<Person> actor = new SimpleObjectProperty<>();
  private final ObjectProperty<BasisChoice> basis = new SimpleObjectProperty<>(BasisChoice.POWER);
  private final StringProperty relation = new SimpleStringProperty("");
  private final StringProperty reason = new SimpleStringProperty("");
  private final IntegerProperty days = new SimpleIntegerProperty(30);
  private final Set<FuldmagtPrivilege> privileges = EnumSet.noneOf(FuldmagtPrivilege.class);
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public ActingForDialogViewModel(ActingForService service, PersonSearchService search, PersonLookupService lookup,
      BackgroundTasks tasks, Messages messages, Clock clock) {
    this.service = service;
    this.search = search;
    this.lookup = lookup;
    this.tasks = tasks;
    this.messages = messages;
    this.clock = clock;
  }

  /** The citizen's tab the dialog starts a session for. */
  public void forCitizen(CitizenSession session) {
    this.citizen = session;
  }

  /** Looks up who acts: a CPR number directly, a name with a birth date as candidates to pick from. */
  public void find() {
    message.set("");
    candidates.clear();
    actor.set(null);
    SearchInput input = SearchInput.parse(actorInput.get(), LocalDate.now(clock));
    if (input instanceof SearchInput.Cpr cpr) {
      busy.set(true);
      tasks.run(() -> new Person(cpr.cpr(), lookup.fetch(cpr.cpr()).fullName()))
          .onSuccess(p -> {
            busy.set(false);
            candidates.setAll(p);
            actor.set(p);
          })
          .onFailure(e -> failed("attorney.dialog.notFound")).start();
    } else if (input instanceof SearchInput.NameAndBirthDate name) {
      busy.set(true);
      tasks.run(() -> search.search(name).candidates())
          .onSuccess((List<PersonCandidate> found) -> {
            busy.set(false);
            candidates.setAll(found.stream().map(ActingForDialogViewModel::person).flatMap(java.util.Optional::stream)
                .toList());
            if (found.isEmpty()) {
              message.set(messages.get("attorney.dialog.notFound"));
            }
          })
          .onFailure(e -> failed("attorney.dialog.failed")).start();
    } else {
      message.set(messages.get("attorney.dialog.badInput"));
    }
  }

  private static java.util.Optional<Person> person(PersonCandidate c) {
    try {
      return java.util.Optional.of(new Person(dk.workbench.contracts.cpr.CprNumber.parse(c.personnummer()),
          c.navn().fuldtNavn()));
    } catch (dk.workbench.contracts.cpr.InvalidCprNumberException e) {
      return java.util.Optional.empty();
    }
  }

  /** Ticks or unticks what a verbal consent covers. */
  public void consentCovers(FuldmagtPrivilege privilege, boolean covered) {
    if (covered) {
      privileges.add(privilege);
    } else {
      privileges.remove(privilege);
    }
  }

  /** Starts the session; {@code started} gets it, a block or bad input shows in {@link #messageProperty()}. */
  public void start(Consumer<ActingForSession> started) {
    Person who = actor.get();
    BasisChoice choice = basis.get();
    if (who == null && choice != BasisChoice.PRESENT) {
      message.set(messages.get("attorney.dialog.noActor"));
      return;
    }
    if (choice == BasisChoice.CONSENT) {
      String problem = consentProblem(who);
      if (problem != null) {
        message.set(problem);
        return;
      }
    }
    Person forWhom = citizen.citizen();
    Set<FuldmagtPrivilege> covered = EnumSet.copyOf(privileges.isEmpty() ? EnumSet.of(FuldmagtPrivilege.ACT) : privileges);
    String rel = relation.get();
    String why = reason.get();
    int length = days.get();
    busy.set(true);
    message.set("");
    tasks.run(() -> switch (choice) {
      case POWER -> service.startWithPower(who, forWhom, citizen.purpose());
      case CONSENT -> new SessionStart.Started(service.startWithConsent(who, forWhom,
          service.recordConsent(who, forWhom, rel, covered, why, Duration.ofDays(length), citizen.purpose()),
          citizen.purpose()));
      case PRESENT -> new SessionStart.Started(service.startAssisted(forWhom, citizen.purpose(), Duration.ofHours(2)));
    }).onSuccess(result -> {
      busy.set(false);
      if (result instanceof SessionStart.Started s) {
        citizen.set(s.session(), clock.instant());
        started.accept(s.session());
      } else if (result instanceof SessionStart.Blocked b) {
        message.set(messages.get("attorney.blocked", messages.get("attorney.reason." + b.reason().name())));
      }
    }).onFailure(e -> {
      busy.set(false);
      if (!(e instanceof IllegalArgumentException)) {
        log.warn("An acting-for session could not start: {}", e.getClass().getName());
      }
      message.set(e instanceof IllegalArgumentException ? e.getMessage() : messages.get("attorney.dialog.checkFailed"));
    }).start();
  }

  private String consentProblem(Person who) {
    if (relation.get() == null || relation.get().isBlank()) {
      return messages.get("attorney.consent.relationMissing");
    }
    if (reason.get() == null || reason.get().isBlank()) {
      return messages.get("attorney.consent.reasonMissing");
    }
    if (privileges.isEmpty()) {
      return messages.get("attorney.consent.nothingCovered");
    }
    if (days.get() < 1 || days.get() > MAX_CONSENT_DAYS) {
      return messages.get("attorney.consent.tooLong", MAX_CONSENT_DAYS);
    }
    if (who.cpr().equals(citizen.cpr())) {
      return messages.get("attorney.consent.self");
    }
    return null;
  }

  private void failed(String key) {
    busy.set(false);
    message.set(messages.get(key));
  }

  public StringProperty actorInputProperty() {
    return actorInput;
  }

  public ObservableList<Person> candidates() {
    return candidates;
  }

  public ObjectProperty<Person> actorProperty() {
    return actor;
  }

  public ObjectProperty<BasisChoice> basisProperty() {
    return basis;
  }

  public StringProperty relationProperty() {
    return relation;
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  public IntegerProperty daysProperty() {
    return days;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
