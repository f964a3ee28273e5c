package dk.workbench.ui.overview;

import dk.workbench.service.overview.PopTiming;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.PersonSummary;
import dk.workbench.domain.Purpose;
import dk.workbench.service.access.AccessDecision;
import dk.workbench.service.overview.OverviewService;
import dk.workbench.service.overview.Section;
import dk.workbench.service.overview.SectionResult;
import dk.workbench.ui.calls.CallViewModel;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One citizen's overview in its own tab: a card per section, each updated as its result
 * arrives. Keeps its state while other tabs are shown (switching never refetches).
 */
public final class CitizenOverviewViewModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final CprNumber cpr;
  private final Purpose purpose;
  private final AccessDecision access;
  private final OverviewService service;
  private final SectionPresenter presenter;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final ZoneId zone;
  private final Map<Section, SectionViewModel> sections = new EnumMap<>(Section.class);
  private final Map<Section, Long> generations = new EnumMap<>(Section.class);
  private final ReadOnlyStringWrapper title;
  private final ReadOnlyBooleanWrapper addressProtected = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper personMissing = new ReadOnlyBooleanWrapper(false);

  private final CallViewModel call;

  CitizenOverviewViewModel(CprNumber cpr, Purpose purpose, AccessDecision access, OverviewService service,
      SectionPresenter presenter, BackgroundTasks tasks, Messages messages, ZoneId zone, CallViewModel call) {
    this.call = call;
    this.cpr = cpr;
    this.purpose = purpose;
    this.access = access;
    this.service = service;
    this.presenter = presenter;
    this.tasks = tasks;
    this.messages = messages;
    this.zone = zone;
    this.title = new ReadOnlyStringWrapper(cpr.formatted());
    for (Section section : service.sections()) {
      sections.put(section, new SectionViewModel(section, messages.get("section." + section.name())));
    }
  }

  /** Records the access and fetches every section; each card updates on its own. */
  void start() {
    Map<Section, Long> mine = loading(EnumSet.copyOf(sections.keySet()));
    service.open(cpr, purpose, access, tasks.onUi(result -> applyIfCurrent(mine, result)));
  }

  /** Fetches one failed section again. */
  public void retry(Section section) {
    Map<Section, Long> mine = loading(EnumSet.of(section));
    service.refetch(cpr, access, EnumSet.of(section), tasks.onUi(result -> applyIfCurrent(mine, result)));
  }

  /** Marks the sections as loading; the generation of each tells a late answer from the current one. */
  private Map<Section, Long> loading(EnumSet<Section> which) {
    Map<Section, Long> mine = new EnumMap<>(Section.class);
    for (Section section : which) {
      mine.put(section, generations.merge(section, 1L, Long::sum));
      sections.get(section).loading();
    }
    return mine;
  }

  private void applyIfCurrent(Map<Section, Long> mine, SectionResult result) {
    if (mine.get(result.section()).equals(generations.get(result.section()))) {
      apply(result);
    }
  }

  private void apply(SectionResult result) {
    SectionViewModel card = sections.get(result.section());
    if (result instanceof SectionResult.Loaded loaded) {
      String source = messages.get("section.source", loaded.sourceName(), TIME.format(loaded.fetchedAt().atZone(zone)));
      card.loaded(source, presenter.rows(loaded.section(), loaded.data()), presenter.chart(loaded.data()),
          messages.get("section.empty"));
      if (loaded.data() instanceof PersonSummary person) {
        title.set(person.fullName());
        addressProtected.set(person.addressProtected());
        PopTiming.mark("name-shown");
      }
    } else if (result instanceof SectionResult.Cached cached) {
      var at = cached.fetchedAt().atZone(zone);
      card.loaded(messages.get("section.cached", cached.sourceName(), messages.date(at.toLocalDate()), TIME.format(at)),
          presenter.rows(cached.section(), cached.data()), presenter.chart(cached.data()), messages.get("section.empty"));
      card.markOffline(messages.get("section.failure." + cached.failure().name(), cached.sourceName()));
      if (cached.data() instanceof PersonSummary person) {
        title.set(person.fullName());
        addressProtected.set(person.addressProtected());
      }
    } else if (result instanceof SectionResult.Failed failed) {
      if (failed.section() == Section.PERSON && failed.failure() == SectionResult.Failure.NOT_FOUND) {
        personMissing.set(true);
      }
      String text = messages.get("section.failure." + failed.failure().name(), failed.sourceName())
          + failed.correlationId().map(id -> " " + messages.get("error.reference", id)).orElse("");
      card.failed(messages.get("section.sourceOnly", failed.sourceName()), text,
          failed.failure() != SectionResult.Failure.NOT_FOUND && failed.failure() != SectionResult.Failure.ACCESS_NOT_RECORDED);
    } else if (result instanceof SectionResult.Refused refused) {
      card.refused(messages.get("section.refused." + refused.reason().name()));
    }
  }

  public CprNumber cpr() {
    return cpr;
  }

  /** The interaction record of this contact; empty for casework, which is no contact with the citizen. */
  public java.util.Optional<CallViewModel> call() {
    return java.util.Optional.ofNullable(call);
  }

  public Purpose purpose() {
    return purpose;
  }

  /** The formatted CPR number until the person arrives, then the name. */
  /** Whether the person section says the citizen's address is protected (name and address masked). */
  public ReadOnlyBooleanProperty addressProtectedProperty() {
    return addressProtected.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** True when the CPR register knows no such person: the tab says so instead of empty cards. */
  public ReadOnlyBooleanProperty personMissingProperty() {
    return personMissing.getReadOnlyProperty();
  }

  /** The cards in display order. */
  public List<SectionViewModel> sections() {
    return new ArrayList<>(sections.values());
  }

  public SectionViewModel section(Section section) {
    return sections.get(section);
  }
}
