package dk.workbench.ui.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.SessionBlockedException;
import dk.workbench.service.accesslog.AccessLogFilter;
import dk.workbench.service.accesslog.AccessLogRow;
import dk.workbench.service.accesslog.AccessLogService;
import dk.workbench.service.accesslog.AccessLogSlice;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The citizen's access log window: filters (period, authority, action, purpose) and a free text
 * asked of the back-end (the text searched over the whole log), employee names hidden unless
 * shown, newest first, and a virtualised table whose rows arrive page by page as it scrolls.
 * Every filter change starts over, at most one first page is asked for at a time, and an answer
 * to an older filter is dropped.
 */
public final class AccessLogViewModel {
  /** Rows per page fetched: a little more than the table shows at once. */
  public static final int PAGE = 40;

  private final AccessLogService service;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private CprNumber citizen;
  private ActingForSession session;
  private long generation;

  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final StringProperty organisation = new SimpleStringProperty("");
  private final ObjectProperty<AccessAction> action = new SimpleObjectProperty<>();
  private final ObjectProperty<AccessPurpose> purpose = new SimpleObjectProperty<>();
  private final StringProperty text = new SimpleStringProperty("");
  private final BooleanProperty showNames = new SimpleBooleanProperty(false);
  private final ObjectProperty<ObservableList<AccessLogRow>> rows =
      new SimpleObjectProperty<>(new PagedRows(0, PAGE, page -> {}));
  private boolean inFlight;
  private final StringProperty status = new SimpleStringProperty("");
  private final List<Long> updateMillis = Collections.synchronizedList(new ArrayList<>());
  private final javafx.beans.property.LongProperty shown = new javafx.beans.property.SimpleLongProperty();

  public AccessLogViewModel(AccessLogService service, BackgroundTasks tasks, Messages messages) {
    this.service = service;
    this.tasks = tasks;
    this.messages = messages;
  }

  /**
   * Opens the citizen's log (recorded, on whose behalf if in a session) and shows the newest
   * entries; in a session that has ended nothing is fetched and the window says why.
   */
  public void open(CprNumber cpr, Purpose why, ActingForSession session) {
    this.citizen = cpr;
    this.session = session;
    try {
      service.ensureOpen(session);
    } catch (SessionBlockedException e) {
      this.citizen = null;
      status.set(messages.get("accesslog.blocked"));
      return;
    }
    tasks.run(() -> {
      service.recordView(cpr, why, session);
      return true;
    }).onFailure(e -> status.set(messages.get("accesslog.notRecorded"))).start();
    refresh();
  }

  /**
   * Applies the current filters from the start (call on every change, e.g. each keystroke).
   * At most one first-page request is in flight: changes made meanwhile are coalesced into one
   * request for the newest filter once it returns, and an answer to an older filter is dropped.
   */
  public void refresh() {
    if (citizen == null) {
      return;
    }
    generation++;
    status.set(messages.get("section.loading"));
    if (inFlight) {
      return; // asked for when the request in flight returns
    }
    send();
  }

  private void send() {
    long mine = generation;
    long started = System.nanoTime();
    AccessLogFilter filter;
    try {
      filter = new AccessLogFilter(from.get(), to.get(), organisation.get(), action.get(), purpose.get(), text.get());
    } catch (IllegalArgumentException e) {
      status.set(messages.get("accesslog.badPeriod"));
      return;
    }
    boolean names = showNames.get();
    inFlight = true;
    tasks.run(() -> service.page(session, citizen, filter, 0, PAGE, names)).onSuccess(first -> {
      inFlight = false;
      if (mine != generation) {
        send();
        return;
      }
      // a new list per filter: resetting one list in place must describe the change of up to a
      // million rows (JavaFX copies the removed ones), which cost more than the table taking a new list
      PagedRows table = new PagedRows(first.total(), PAGE, page -> {});
      table.arrived(0, first.rows());
      table.onRequest(page -> fetch(table, filter, names, page));
      rows.set(table);
      status.set(messages.get(filter.text() == null ? "accesslog.count" : "accesslog.found", first.total()));
      updateMillis.add((System.nanoTime() - started) / 1_000_000);
      shown.set(shown.get() + 1);
    }).onFailure(e -> {
      inFlight = false;
      if (mine != generation) {
        send();
      } else {
        status.set(messages.get(e instanceof SessionBlockedException ? "accesslog.blocked" : "accesslog.failed"));
      }
    }).start();
  }

  private void fetch(PagedRows table, AccessLogFilter filter, boolean names, int page) {
    tasks.run(() -> service.page(session, citizen, filter, page, PAGE, names)).onSuccess((AccessLogSlice slice) -> {
      if (rows.get() == table) {
        table.arrived(page, slice.rows());
      }
    }).onFailure(e -> {
      if (rows.get() == table) {
        table.failed(page);
      }
    }).start();
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public StringProperty organisationProperty() {
    return organisation;
  }

  public ObjectProperty<AccessAction> actionProperty() {
    return action;
  }

  public ObjectProperty<AccessPurpose> purposeProperty() {
    return purpose;
  }

  public StringProperty textProperty() {
    return text;
  }

  public BooleanProperty showNamesProperty() {
    return showNames;
  }

  /** The table's rows: a paged virtual list as long as the filtered log, a new one for each filter. */
  public ObjectProperty<ObservableList<AccessLogRow>> rowsProperty() {
    return rows;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** Milliseconds from each filter change to its rows being in place (for the benchmark). */
  public List<Long> updateMillis() {
    return updateMillis;
  }

  /** Counts the results put in place, each for the newest filter (the benchmark waits on it). */
  public javafx.beans.property.ReadOnlyLongProperty shownProperty() {
    return shown;
  }

  /** Whether a row is still on its way. */
  public static boolean pending(AccessLogRow row) {
    return row == PagedRows.PENDING;
  }
}
