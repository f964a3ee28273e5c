package dk.workbench.ui.letters;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.service.letters.LetterDesk;
import dk.workbench.service.letters.LetterService.Actor;
import dk.workbench.service.letters.LetterService.BatchResult;
import dk.workbench.service.letters.LetterService.Routing;
import dk.workbench.service.letters.LetterState;
import dk.workbench.service.letters.LetterStep;
import dk.workbench.service.letters.LetterSummary;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The "Breve" screen's state: the letters a filter picks (state, exempt from Digital Post,
 * authority), the letter in focus with what the signed-in user may do with it (and why not), its
 * history, and the print queue's batch with its progress and cancel. Owns every text; calls
 * {@link LetterDesk} in the background. The service refuses a forbidden step too: the buttons
 * only say so earlier.
 */
public final class LettersViewModel {

  /** The state filter. */
  public enum StateChoice {
    ALL(null), DRAFT(LetterState.DRAFT), APPROVED(LetterState.APPROVED), PRINTED(LetterState.PRINTED),
    DISPATCHED(LetterState.DISPATCHED);

    private final LetterState state;

    StateChoice(LetterState state) {
      this.state = state;
    }
  }

  /** The Digital Post filter: all, only exempt citizens (paper), only those registered. */
  public enum RouteChoice {
    ALL(null), EXEMPT(false), DIGITAL_POST(true);

    private final Boolean digitalPost;

    RouteChoice(Boolean digitalPost) {
      this.digitalPost = digitalPost;
    }
  }

  /**
   * One letter as listed, its texts ready to show.
   *
   * @param letter the letter
   * @param state its state in words
   * @param citizen the recipient: name and masked CPR number, or only the masked number (see {@link #citizenText})
   * @param route "Digital Post" or "Fritaget (papir)"
   * @param created when it was drafted
   */
  public record Row(LetterSummary letter, String state, String citizen, String route, String created) {
    public long id() {
      return letter.id();
    }

    @Override
    public String toString() {
      return "Row[" + letter.id() + "]";
    }
  }

  private final Supplier<LetterDesk> desk;
  private final Actor me;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final ZoneId zone;

  private final ObjectProperty<StateChoice> stateFilter = new SimpleObjectProperty<>(StateChoice.ALL);
  private final ObjectProperty<RouteChoice> routeFilter = new SimpleObjectProperty<>(RouteChoice.ALL);
  private final ObjectProperty<String> authorityFilter = new SimpleObjectProperty<>();
  private final ObservableList<String> authorities = FXCollections.observableArrayList();
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObjectProperty<Row> current = new SimpleObjectProperty<>();
  private final ObservableList<Row> picked = FXCollections.observableArrayList();
  private final ObservableList<String> history = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper canPreview = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canApprove = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canPrint = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canSend = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper approveReason = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canBatch = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper batchRunning = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper batchText = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private AtomicBoolean cancel = new AtomicBoolean();
  private long loads;
  private long historyRequests;

  /**
   * @param desk the letter use cases (made when first used: letters need the local cache)
   * @param me the signed-in staff user
   */
  public LettersViewModel(Supplier<LetterDesk> desk, Actor me, BackgroundTasks tasks, Messages messages, ZoneId zone) {
    this.desk = Objects.requireNonNull(desk, "desk");
    this.me = Objects.requireNonNull(me, "me");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.zone = Objects.requireNonNull(zone, "zone");
    stateFilter.addListener((obs, old, v) -> load());
    routeFilter.addListener((obs, old, v) -> load());
    authorityFilter.addListener((obs, old, v) -> load());
    current.addListener((obs, old, row) -> focus(row));
    picked.addListener((ListChangeListener<Row>) c -> updateBatch());
    batchRunning.addListener((obs, old, v) -> updateBatch());
  }

  // Commands

  /** Fetches the letters the filters pick and the authorities to filter by; keeps the letter in focus. */
  public void load() {
    long mine = ++loads;
    StateChoice state = stateFilter.get() == null ? StateChoice.ALL : stateFilter.get();
    RouteChoice route = routeFilter.get() == null ? RouteChoice.ALL : routeFilter.get();
    String authority = authorityFilter.get();
    Long keep = current.get() == null ? null : current.get().id();
    tasks.run(() -> new Loaded(desk.get().list(state.state, route.digitalPost, authority), desk.get().authorities()))
        .onSuccess(loaded -> {
          if (mine != loads) {
            return;
          }
          List<Row> list = new ArrayList<>(loaded.letters().size());
          loaded.letters().forEach(l -> list.add(row(l)));
          if (!authorities.equals(loaded.authorities())) {
            authorities.setAll(loaded.authorities());
          }
          rows.setAll(list);
          count.set(messages.get("letters.count", list.size()));
          Row next = keep == null ? null : list.stream().filter(r -> r.id() == keep).findFirst().orElse(null);
          if (Objects.equals(next, current.get())) {
            focus(next); // the same letter, unchanged: no change event, but the buttons may have been busy
          } else {
            current.set(next);
          }
        })
        .onFailure(e -> {
          if (mine == loads) {
            message.set(e instanceof IllegalStateException ? messages.get("letters.unavailable")
                : messages.get("letters.loadFailed"));
          }
        })
        .start();
  }

  private record Loaded(List<LetterSummary> letters, List<String> authorities) {}

  /** "Godkend": approves the letter in focus. */
  public void approve() {
    Row row = current.get();
    if (row == null || !canApprove.get()) {
      return;
    }
    step(row, () -> {
      desk.get().approve(row.id(), me);
      return messages.get("letters.approved", row.id());
    });
  }

  /** "Udskriv": prints the letter in focus (a printed or sent letter is printed again, the identical letter). */
  public void print() {
    Row row = current.get();
    if (row == null || !canPrint.get()) {
      return;
    }
    step(row, () -> desk.get().print(row.id(), me)
        ? messages.get(row.letter().state() == LetterState.APPROVED ? "letters.printed" : "letters.reprinted", row.id())
        : messages.get("letters.printCancelled"));
  }

  /** "Send": routes the letter in focus: Digital Post through the outbox, or the print queue for an exempt citizen. */
  public void send() {
    Row row = current.get();
    if (row == null || !canSend.get()) {
      return;
    }
    step(row, () -> desk.get().send(row.id(), me) == Routing.DIGITAL_POST
        ? messages.get("letters.sentDigitalPost", row.id())
        : messages.get("letters.queuedForPrint", row.id()));
  }

  private void step(Row row, BackgroundTasks.Work<String> work) {
    busy.set(true);
    focus(row);
    message.set(messages.get("letters.working"));
    tasks.run(work).onSuccess(text -> {
      busy.set(false);
      message.set(text);
      load();
    }).onFailure(e -> {
      busy.set(false);
      message.set(e instanceof dk.workbench.service.letters.LetterRefusedException
          ? messages.get("letters.refused", e.getMessage()) : messages.get("letters.stepFailed"));
      load();
    }).start();
  }

  /**
   * "Udskriv samlet": prints the approved letters picked as one job, or writes them as one merged
   * PDF to {@code mergedFile} when given. Progress after each letter; {@link #cancelBatch()} stops it
   * before the next letter (a cancelled batch prints nothing).
   */
  public void printBatch(Path mergedFile) {
    if (!canBatch.get()) {
      return;
    }
    List<Long> ids = picked.stream().map(Row::id).toList();
    AtomicBoolean stop = new AtomicBoolean();
    cancel = stop;
    int[] done = {0};
    progress.set(0);
    batchText.set(messages.get("letters.batch.started", ids.size()));
    batchRunning.set(true);
    Consumer<int[]> shown = tasks.onUi(step -> {
      done[0] = step[0];
      if (batchRunning.get()) {
        progress.set(step[1] == 0 ? 1 : (double) step[0] / step[1]);
        batchText.set(messages.get("letters.batch.progress", step[0], step[1]));
      }
    });
    tasks.run(() -> desk.get().printBatch(ids, me, mergedFile, (n, total) -> shown.accept(new int[] {n, total}), stop::get))
        .onSuccess(result -> {
          batchRunning.set(false);
          batchText.set(summary(result, done[0], ids.size(), mergedFile));
          if (!result.cancelled()) {
            progress.set(1);
          }
          load();
        })
        .onFailure(e -> {
          batchRunning.set(false);
          batchText.set(messages.get("letters.batch.failed"));
          load();
        })
        .start();
  }

  private String summary(BatchResult result, int done, int total, Path file) {
    if (result.cancelled()) {
      return messages.get("letters.batch.cancelled", done, total);
    }
    String text = file == null ? messages.get("letters.batch.printed", result.printed().size())
        : messages.get("letters.batch.saved", result.printed().size(), file.getFileName().toString());
    return result.skipped().isEmpty() ? text : text + " " + messages.get("letters.batch.skipped", result.skipped().size());
  }

  /** "Annullér": stops the batch before its next letter; nothing is printed. */
  public void cancelBatch() {
    if (batchRunning.get()) {
      cancel.set(true);
      batchText.set(messages.get("letters.batch.cancelling"));
    }
  }

  // Rules

  /** Why {@code me} may not approve {@code letter}, or null when they may. */
  String approveRefusal(LetterSummary letter) {
    if (letter.state() != LetterState.DRAFT) {
      return messages.get("letters.why.notDraft", stateText(letter.state()));
    }
    if (me.role() != StaffRole.SUPERVISOR) {
      return messages.get("letters.why.notSupervisor");
    }
    if (me.user().equals(letter.createdBy())) {
      return messages.get("letters.why.ownLetter");
    }
    return null;
  }

  /** Why the letter cannot be printed, or null when it can. */
  String printRefusal(LetterSummary letter) {
    return letter.state() == LetterState.DRAFT ? messages.get("letters.why.notApproved") : null;
  }

  /** Why the letter cannot be sent, or null when it can. */
  String sendRefusal(LetterSummary letter) {
    if (letter.state() == LetterState.DRAFT) {
      return messages.get("letters.why.notApproved");
    }
    return letter.state() == LetterState.APPROVED ? null : messages.get("letters.why.sendOnlyApproved", stateText(letter.state()));
  }

  /**
   * The recipient as listed: name and masked CPR number for a role that may see protected
   * persons (caseworker, supervisor); only the masked CPR number otherwise, since a letter's
   * recipient may have name-and-address protection.
   */
  String citizenText(LetterSummary letter) {
    if (me.role().may(StaffPrivilege.PROTECTED_ADDRESS_READ) && !letter.recipientName().isEmpty()) {
      return letter.recipientName() + " (" + letter.maskedCpr() + ")";
    }
    return letter.maskedCpr();
  }

  /** "Kladde", "Godkendt" … */
  public String stateText(LetterState state) {
    return messages.get("letters.state." + state.name());
  }

  private Row row(LetterSummary l) {
    return new Row(l, stateText(l.state()), citizenText(l),
        messages.get(l.digitalPost() ? "letters.route.digitalPost" : "letters.route.exempt"),
        messages.dateTime(l.createdAt().atZone(zone).toLocalDateTime()));
  }

  private void focus(Row row) {
    if (row == null) {
      canPreview.set(false);
      canApprove.set(false);
      canPrint.set(false);
      canSend.set(false);
      approveReason.set("");
      why.set("");
      history.clear();
      return;
    }
    LetterSummary l = row.letter();
    String approve = approveRefusal(l);
    String print = printRefusal(l);
    String send = sendRefusal(l);
    boolean idle = !busy.get();
    canPreview.set(true);
    canApprove.set(idle && approve == null);
    canPrint.set(idle && print == null);
    canSend.set(idle && send == null);
    approveReason.set(approve == null ? "" : approve);
    List<String> reasons = new ArrayList<>();
    for (String r : new String[] {approve, print, send}) {
      if (r != null && !reasons.contains(r)) {
        reasons.add(r);
      }
    }
    why.set(String.join(" ", reasons));
    loadHistory(row.id());
  }

  private void loadHistory(long id) {
    long mine = ++historyRequests;
    tasks.run(() -> desk.get().history(id)).onSuccess(steps -> {
      if (mine == historyRequests) {
        history.setAll(steps.stream().map(this::stepText).toList());
      }
    }).onFailure(e -> {
      if (mine == historyRequests) {
        history.setAll(messages.get("letters.loadFailed"));
      }
    }).start();
  }

  String stepText(LetterStep step) {
    return messages.get("letters.history.step", messages.dateTime(step.at().atZone(zone).toLocalDateTime()),
        messages.get("letters.action." + step.action()), step.actor(), messages.get("letters.role." + step.role()));
  }

  private void updateBatch() {
    canBatch.set(!batchRunning.get() && picked.stream().anyMatch(r -> r.letter().state() == LetterState.APPROVED));
  }

  // Properties

  public ObjectProperty<StateChoice> stateFilterProperty() {
    return stateFilter;
  }

  public ObjectProperty<RouteChoice> routeFilterProperty() {
    return routeFilter;
  }

  /** The authority filter; null for all. */
  public ObjectProperty<String> authorityFilterProperty() {
    return authorityFilter;
  }

  /** The authorities of the stored letters. */
  public ObservableList<String> authorities() {
    return authorities;
  }

  /** The letters the filters pick, oldest first. */
  public ObservableList<Row> rows() {
    return rows;
  }

  /** The letter in focus (the table's selected row). */
  public ObjectProperty<Row> currentProperty() {
    return current;
  }

  /** The letters picked for "Udskriv samlet" (the table's selection). */
  public ObservableList<Row> picked() {
    return picked;
  }

  /** The focused letter's steps, each "when · what · who (role)". */
  public ObservableList<String> history() {
    return history;
  }

  public ReadOnlyBooleanProperty canPreviewProperty() {
    return canPreview.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canApproveProperty() {
    return canApprove.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canPrintProperty() {
    return canPrint.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canSendProperty() {
    return canSend.getReadOnlyProperty();
  }

  /** Why "Godkend" is disabled for the letter in focus; empty when it is not. */
  public ReadOnlyStringProperty approveReasonProperty() {
    return approveReason.getReadOnlyProperty();
  }

  /** Why any action is disabled for the letter in focus, in words; empty when none is. */
  public ReadOnlyStringProperty whyProperty() {
    return why.getReadOnlyProperty();
  }

  /** What the last step did, or why it failed. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** "12 breve". */
  public ReadOnlyStringProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canBatchProperty() {
    return canBatch.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty batchRunningProperty() {
    return batchRunning.getReadOnlyProperty();
  }

  /** The batch's progress, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The batch's progress or result in words. */
  public ReadOnlyStringProperty batchTextProperty() {
    return batchText.getReadOnlyProperty();
  }
}
