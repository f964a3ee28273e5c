package dk.workbench.ui.calls;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.domain.Purpose;
import dk.workbench.service.calls.Call;
import dk.workbench.service.calls.CallService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The interaction record of one citizen's tab: timer, channel, reason codes, notes (auto-saved),
 * wrap-up code and follow-up. Every edit marks it changed; {@link #autosave()} (called every few
 * seconds by the view) writes it to the local cache in the background.
 */
public class CallViewModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final CallService service;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final Clock clock;
  private final ZoneId zone;
  private Call call;
  private boolean changed;

  private final ObjectProperty<InteractionChannel> channel = new SimpleObjectProperty<>();
  private final ObservableList<InteractionReason> reasons = FXCollections.observableArrayList();
  private final StringProperty notes = new SimpleStringProperty("");
  private final ObjectProperty<InteractionOutcome> outcome = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> followUpDate = new SimpleObjectProperty<>();
  private final StringProperty followUpAssignee = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("00:00");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public CallViewModel(CallService service, BackgroundTasks tasks, Messages messages, Clock clock) {
    this.service = service;
    this.tasks = tasks;
    this.messages = messages;
    this.clock = clock;
    this.zone = clock.getZone();
    channel.addListener((o, a, b) -> edited());
    reasons.addListener((javafx.collections.ListChangeListener<InteractionReason>) c -> edited());
    notes.addListener((o, a, b) -> edited());
    outcome.addListener((o, a, b) -> edited());
    followUpDate.addListener((o, a, b) -> edited());
    followUpAssignee.addListener((o, a, b) -> edited());
  }

  /** The channel a purpose implies: a telephone enquiry is a phone call, attendance a visit. */
  public static InteractionChannel channelFor(Purpose purpose) {
    return purpose == Purpose.PERSONAL_ATTENDANCE ? InteractionChannel.VISIT : InteractionChannel.PHONE;
  }

  /** Starts the citizen's call, or resumes the one left unfinished (e.g. before a crash). */
  public void start(CprNumber citizen, InteractionChannel initialChannel) {
    tasks.run(() -> service.start(citizen, initialChannel))
        .onSuccess(c -> {
          call = c;
          channel.set(c.channel());
          reasons.setAll(c.reasons());
          notes.set(c.notes());
          outcome.set(c.outcome());
          followUpDate.set(c.followUpDate());
          followUpAssignee.set(c.followUpAssignee() == null ? "" : c.followUpAssignee());
          changed = false;
          started.set(true);
          tick();
          if (!c.notes().isEmpty() || !c.reasons().isEmpty()) {
            status.set(messages.get("call.resumed"));
          }
        })
        .onFailure(e -> status.set(messages.get("call.saveFailed")))
        .start();
  }

  /** Updates the timer text (the view calls it every second). */
  public void tick() {
    if (call != null && !finished.get()) {
      long seconds = Math.max(0, Duration.between(call.startedAt(), clock.instant()).toSeconds());
      elapsed.set(String.format("%02d:%02d", seconds / 60, seconds % 60));
    }
  }

  /** Saves in the background if anything changed since the last save. */
  public void autosave() {
    if (call == null || !changed || finished.get()) {
      return;
    }
    Call snapshot = current();
    changed = false;
    tasks.run(() -> {
      service.save(snapshot);
      return snapshot;
    }).onSuccess(saved -> status.set(messages.get("call.saved", TIME.format(clock.instant().atZone(zone)))))
        .onFailure(e -> {
          changed = true;
          status.set(messages.get("call.saveFailed"));
        })
        .start();
  }

  /** "Afslut henvendelse": checks and sends the record; the problems are shown when it cannot be sent yet. */
  public void wrapUp() {
    if (call == null || finished.get() || busy.get()) {
      return;
    }
    Call snapshot = current();
    busy.set(true);
    tasks.run(() -> service.finish(snapshot))
        .onSuccess(found -> {
          busy.set(false);
          if (found.isEmpty()) {
            call = snapshot;
            changed = false;
            finished.set(true);
            problems.set("");
            status.set(messages.get("call.finished"));
          } else {
            problems.set(describe(found));
          }
        })
        .onFailure(e -> {
          busy.set(false);
          problems.set(messages.get("call.sendFailed"));
        })
        .start();
  }

  /** "Overdrag til supervisor": the call is wrapped up as needing follow-up today by the supervisors' queue. */
  public void handToSupervisors() {
    outcome.set(InteractionOutcome.FOLLOW_UP_REQUIRED);
    if (followUpDate.get() == null) {
      followUpDate.set(LocalDate.now(clock));
    }
    followUpAssignee.set(dk.workbench.service.calls.FollowUpQueue.SUPERVISORS);
    wrapUp();
  }

  /** "Parkér": saved as it is, to be resumed when the citizen is opened again. */
  public void park() {
    if (call != null && !finished.get()) {
      Call snapshot = current();
      changed = false;
      tasks.run(() -> {
        service.save(snapshot);
        return snapshot;
      }).start();
    }
  }

  /**
   * Whether the tab may close now. When wrap-up is required and missing, says why (shown in the
   * panel) and returns false; otherwise an unfinished call is left (kept when anything was entered).
   */
  public boolean mayClose() {
    if (call == null || finished.get()) {
      return true;
    }
    if (service.settings().wrapUpRequired()) {
      List<CallService.Problem> found = service.problems(current());
      problems.set(messages.get("call.closeRefused") + " " + (found.isEmpty() ? messages.get("call.pressWrapUp") : describe(found)));
      return false;
    }
    Call snapshot = current();
    tasks.run(() -> {
      service.leave(snapshot);
      return snapshot;
    }).start();
    return true;
  }

  /** "Glem borger": the call goes without a record. */
  public void discard() {
    if (call != null && !finished.get()) {
      Call snapshot = current();
      finished.set(true);
      tasks.run(() -> {
        service.discard(snapshot);
        return snapshot;
      }).start();
    }
  }

  public List<InteractionReason> offeredReasons() {
    return service.settings().reasons();
  }

  public String reasonText(InteractionReason reason) {
    return messages.get("call.reason." + reason.name());
  }

  public String channelText(InteractionChannel value) {
    return value == null ? "" : messages.get("call.channel." + value.name());
  }

  public String outcomeText(InteractionOutcome value) {
    return value == null ? "" : messages.get("call.outcome." + value.name());
  }

  private String describe(List<CallService.Problem> found) {
    return found.stream().map(p -> messages.get("call.problem." + p.name())).collect(Collectors.joining(" "));
  }

  private void edited() {
    changed = true;
    if (!problems.get().isEmpty()) {
      problems.set("");
    }
  }

  private Call current() {
    return call.withChannel(channel.get() == null ? call.channel() : channel.get())
        .withReasons(List.copyOf(reasons))
        .withNotes(notes.get())
        .withOutcome(outcome.get())
        .withFollowUp(followUpDate.get(), followUpAssignee.get());
  }

  public ObjectProperty<InteractionChannel> channelProperty() {
    return channel;
  }

  public ObservableList<InteractionReason> reasons() {
    return reasons;
  }

  public StringProperty notesProperty() {
    return notes;
  }

  public ObjectProperty<InteractionOutcome> outcomeProperty() {
    return outcome;
  }

  public ObjectProperty<LocalDate> followUpDateProperty() {
    return followUpDate;
  }

  public StringProperty followUpAssigneeProperty() {
    return followUpAssignee;
  }

  public ReadOnlyStringProperty elapsedProperty() {
    return elapsed.getReadOnlyProperty();
  }

  /** "Gemt lokalt 10:02:03", "Henvendelsen er registreret" … */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** What keeps the call from being wrapped up (or the tab from closing). */
  public ReadOnlyStringProperty problemsProperty() {
    return problems.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty startedProperty() {
    return started.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty finishedProperty() {
    return finished.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }
}
