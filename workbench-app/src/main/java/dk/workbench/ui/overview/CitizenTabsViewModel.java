package dk.workbench.ui.overview;

import dk.workbench.service.overview.PopTiming;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.service.access.AccessDecision;
import dk.workbench.service.access.AccessGuard;
import dk.workbench.service.overview.OverviewService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.service.calls.CallService;
import dk.workbench.ui.calls.CallViewModel;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The citizens open at once, one tab each, and which one is shown. Opening a citizen who is
 * already open with the same purpose only selects the tab (no refetch).
 */
public class CitizenTabsViewModel {
  private final OverviewService service;
  private final AccessGuard guard;
  private final StaffRole role;
  private final SectionPresenter presenter;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final ZoneId zone;
  private final CallService calls;
  private final Clock clock;
  private final ObservableList<CitizenOverviewViewModel> open = FXCollections.observableArrayList();
  private final IntegerProperty selected = new SimpleIntegerProperty(-1);
  private final ObservableList<RecentCitizen> recent = FXCollections.observableArrayList();
  private final ObservableList<RecentCitizen> parked = FXCollections.observableArrayList();

  /** A citizen looked up in this session (the name once known) or kept in the local cache (no purpose yet), for the recent list. */
  public record RecentCitizen(CprNumber cpr, String name, Purpose purpose) {}

  /** How many recent citizens are remembered. */
  public static final int RECENT = 10;

  /** With {@code calls}: telephone enquiries and attendances get an interaction record (null: none). */
  public CitizenTabsViewModel(OverviewService service, AccessGuard guard, StaffRole role, SectionPresenter presenter,
      BackgroundTasks tasks, Messages messages, Clock clock, CallService calls) {
    this.service = service;
    this.guard = guard;
    this.role = role;
    this.presenter = presenter;
    this.tasks = tasks;
    this.messages = messages;
    this.zone = clock.getZone();
    this.clock = clock;
    this.calls = calls;
    // the citizens kept in the local cache start the recent list, so they can be reopened also offline
    tasks.run(() -> service.storedCitizens(RECENT))
        .onSuccess(stored -> stored.forEach(c -> {
          if (recent.size() < RECENT && recent.stream().noneMatch(r -> r.cpr().equals(c.cpr()))) {
            recent.add(new RecentCitizen(c.cpr(), c.name(), null));
          }
        }))
        .start();
  }

  /**
   * Opens (or shows) the citizen's overview for the purpose.
   *
   * @return the reason, in the UI language, when the access guard allows nothing; empty when opened
   */
  public Optional<String> open(CprNumber cpr, Purpose purpose) {
    for (int i = 0; i < open.size(); i++) {
      CitizenOverviewViewModel tab = open.get(i);
      if (tab.cpr().equals(cpr) && tab.purpose() == purpose) {
        selected.set(i);
        return Optional.empty();
      }
    }
    AccessDecision access = guard.decide(role, purpose);
    if (!access.anyAllowed()) {
      return Optional.of(messages.get("overview.refused"));
    }
    CallViewModel call = calls == null || purpose == Purpose.CASEWORK ? null : new CallViewModel(calls, tasks, messages, clock);
    var overview = new CitizenOverviewViewModel(cpr, purpose, access, service, presenter, tasks, messages, zone, call);
    if (call != null) {
      call.start(cpr, CallViewModel.channelFor(purpose));
    }
    remember(new RecentCitizen(cpr, cpr.formatted(), purpose));
    overview.titleProperty().addListener((obs, old, name) -> remember(new RecentCitizen(cpr, name, purpose)));
    PopTiming.mark("tab-open");
    open.add(overview);
    selected.set(open.size() - 1);
    PopTiming.mark("tab-built");
    overview.start();
    return Optional.empty();
  }

  /**
   * Closes a tab; the one that takes its place (or the new last one) is shown. A call that must be
   * wrapped up first keeps its tab open (and shown), the panel saying what is missing.
   *
   * @return whether the tab closed
   */
  public boolean close(int index) {
    if (index < 0 || index >= open.size()) {
      return false;
    }
    CitizenOverviewViewModel overview = open.get(index);
    if (overview.personMissingProperty().get()) {
      overview.call().ifPresent(CallViewModel::discard); // no such citizen: nothing to record
    } else if (overview.call().isPresent() && !overview.call().get().mayClose()) {
      selected.set(index);
      return false;
    }
    open.remove(index);
    selected.set(open.isEmpty() ? -1 : Math.min(index, open.size() - 1));
    return true;
  }

  /**
   * "Parkér": the tab closes without wrap-up, its call saved as it is; the citizen is listed in
   * {@link #parked()} and the call resumes when they are opened again.
   *
   * @return whether the tab was parked (only a tab with a call can be)
   */
  public boolean park(int index) {
    if (index < 0 || index >= open.size() || open.get(index).call().isEmpty()) {
      return false;
    }
    CitizenOverviewViewModel overview = open.get(index);
    overview.call().get().park();
    parked.removeIf(p -> p.cpr().equals(overview.cpr()));
    parked.add(new RecentCitizen(overview.cpr(), overview.titleProperty().get(), overview.purpose()));
    open.remove(index);
    selected.set(open.isEmpty() ? -1 : Math.min(index, open.size() - 1));
    return true;
  }

  /** Resumes a parked citizen: the tab opens again with the saved call. */
  public void resume(RecentCitizen citizen) {
    parked.remove(citizen);
    open(citizen.cpr(), citizen.purpose());
  }

  /** Citizens parked in this session. */
  public ObservableList<RecentCitizen> parked() {
    return parked;
  }

  /**
   * "Glem borger": closes the citizen's tab, drops them from the recent list and deletes what the
   * local cache keeps about them.
   */
  public void forget(int index) {
    if (index < 0 || index >= open.size()) {
      return;
    }
    CprNumber cpr = open.get(index).cpr();
    open.get(index).call().ifPresent(CallViewModel::discard);
    close(index);
    recent.removeIf(r -> r.cpr().equals(cpr));
    tasks.run(() -> {
      service.forget(cpr);
      return cpr;
    }).start();
  }

  /** Shows tab {@code index} (0-based) if there is one. */
  public void select(int index) {
    if (index >= 0 && index < open.size()) {
      selected.set(index);
    }
  }

  private void remember(RecentCitizen citizen) {
    recent.removeIf(r -> r.cpr().equals(citizen.cpr()));
    recent.add(0, citizen);
    if (recent.size() > RECENT) {
      recent.remove(RECENT, recent.size());
    }
  }

  /** Citizens looked up in this session, most recent first (at most {@value #RECENT}). */
  public ObservableList<RecentCitizen> recent() {
    return recent;
  }

  public ObservableList<CitizenOverviewViewModel> open() {
    return open;
  }

  public IntegerProperty selectedProperty() {
    return selected;
  }
}
