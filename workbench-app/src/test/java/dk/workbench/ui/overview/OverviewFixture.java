package dk.workbench.ui.overview;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.PersonSummary;
import dk.workbench.service.access.AccessGuard;
import dk.workbench.service.calls.CallService;
import dk.workbench.service.calls.DirectCallStore;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.overview.BackendSections;
import dk.workbench.service.overview.OverviewService;
import dk.workbench.service.overview.SectionStore;
import dk.workbench.service.overview.Section;
import dk.workbench.service.overview.SectionSource;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Citizen tabs on same-thread executors with a scripted person source: every call is recorded
 * and answers {@link #nextPerson} or throws {@link #nextFailure}.
 */
public final class OverviewFixture {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

  public final List<CprNumber> calls = new ArrayList<>();
  public final List<AccessRecorder.Access> recorded = new ArrayList<>();
  public final List<CprNumber> forgotten = new ArrayList<>();
  public Exception nextFailure;
  public PersonSummary nextPerson = person(false, Optional.of("Åboulevarden 12, 2. tv, 8000 Aarhus C"));
  public final CitizenTabsViewModel tabs;

  public OverviewFixture(StaffRole role, Locale language) {
    this(role, language, List.of());
  }

  /** With {@code stored}: the citizens the (fake) local cache holds when the tabs start. */
  public OverviewFixture(StaffRole role, Locale language, List<SectionStore.Citizen> stored) {
    SectionSource<PersonSummary> person = new BackendSections.Source<>(Section.PERSON, "CPR", cpr -> {
      calls.add(cpr);
      if (nextFailure != null) {
        throw nextFailure;
      }
      return nextPerson;
    });
    Messages messages = new Messages(language);
    var service = new OverviewService(List.of(person), recorded::add, Runnable::run, CLOCK);
    service.useStore(new SectionStore() {
      @Override
      public void save(CprNumber cpr, Section section, Object data, java.time.Instant fetchedAt) {}

      @Override
      public java.util.Optional<Stored> load(CprNumber cpr, Section section) {
        return java.util.Optional.empty();
      }

      @Override
      public void forget(CprNumber cpr) {
        forgotten.add(cpr);
      }

      @Override
      public List<Citizen> citizens(int limit) {
        return stored.stream().limit(limit).toList();
      }
    });
    tabs = new CitizenTabsViewModel(service, new AccessGuard(), role, new SectionPresenter(messages, CLOCK),
        new BackgroundTasks(Runnable::run, Runnable::run), messages, CLOCK,
        new CallService(new DirectCallStore(null), new CallService.Settings(null, false), CLOCK));
  }

  public static PersonSummary person(boolean protectedAddress, Optional<String> address) {
    return new PersonSummary("Karen Sørensen", LocalDate.of(1961, 7, 7), 65, address, protectedAddress, "G", true, false,
        Optional.empty(), Optional.empty(), true,
        new PersonSummary.Household(Optional.of(67), List.of(30, 34), List.of()));
  }
}
