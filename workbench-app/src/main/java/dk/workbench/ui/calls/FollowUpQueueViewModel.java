package dk.workbench.ui.calls;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.interactions.FollowUp;
import dk.workbench.domain.Purpose;
import dk.workbench.service.calls.FollowUpQueue;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.overview.CitizenTabsViewModel;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The follow-up queue: calls handed over (to the supervisors or a colleague), filtered by assignee, re-assigned, opened. */
public class FollowUpQueueViewModel {

  private final FollowUpQueue queue;
  private final CitizenTabsViewModel citizens;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final ObservableList<FollowUp> items = FXCollections.observableArrayList();
  private final StringProperty assignee = new SimpleStringProperty(FollowUpQueue.SUPERVISORS);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public FollowUpQueueViewModel(FollowUpQueue queue, CitizenTabsViewModel citizens, BackgroundTasks tasks, Messages messages) {
    this.queue = queue;
    this.citizens = citizens;
    this.tasks = tasks;
    this.messages = messages;
  }

  /** Fetches the queue of the assignee in the filter (all when blank). */
  public void load() {
    String who = assignee.get();
    tasks.run(() -> queue.open(who))
        .onSuccess(list -> {
          items.setAll(list);
          message.set(messages.get("queue.count", list.size()));
        })
        .onFailure(e -> message.set(messages.get("queue.failed")))
        .start();
  }

  /** Hands the item to {@code to} (a username or a queue), then fetches the queue again. */
  public void assign(FollowUp item, String to) {
    if (item == null || to == null || to.isBlank()) {
      return;
    }
    tasks.run(() -> {
      queue.assign(item, to);
      return to;
    }).onSuccess(done -> {
      message.set(messages.get("queue.assigned", to.strip()));
      load();
    }).onFailure(e -> message.set(messages.get("queue.failed"))).start();
  }

  /** Opens the citizen of the item for casework. */
  public void open(FollowUp item) {
    try {
      citizens.open(CprNumber.parse(item.citizen()), Purpose.CASEWORK).ifPresent(message::set);
    } catch (InvalidCprNumberException e) {
      message.set(messages.get("queue.failed"));
    }
  }

  public String citizenText(FollowUp item) {
    try {
      return CprNumber.parse(item.citizen()).formatted();
    } catch (InvalidCprNumberException e) {
      return "";
    }
  }

  public String dateText(FollowUp item) {
    return item.interaction().followUpDate() == null ? "" : messages.date(item.interaction().followUpDate());
  }

  public String reasonsText(FollowUp item) {
    return item.interaction().reasons().stream().map(r -> messages.get("call.reason." + r.name())).collect(Collectors.joining(", "));
  }

  public String notesText(FollowUp item) {
    String notes = item.interaction().notes() == null ? "" : item.interaction().notes().replace('\n', ' ');
    return notes.length() > 120 ? notes.substring(0, 119) + "…" : notes;
  }

  public String byText(FollowUp item) {
    return item.interaction().staff() == null ? "" : item.interaction().staff().username();
  }

  public ObservableList<FollowUp> items() {
    return items;
  }

  public StringProperty assigneeProperty() {
    return assignee;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
