package dk.workbench.ui.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.service.access.AccessRecorder;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The citizen's access log window: filters (period, authority, action, purpose) asked of the
 * back-end, a free-text search over the newest entries, employee names hidden unless shown,
 * newest first, and a virtualised table whose rows arrive page by page as it scrolls. Every
 * filter change starts over; an answer to an older filter is dropped.
 */
public final class AccessLogViewModel {
  /** Rows per page fetched. */
  public static final int PAGE = 100;

  private final AccessLogService service;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private CprNumber citizen;
  private long generation;

  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final StringProperty organisation = new SimpleStringProperty("");
  private final ObjectProperty<AccessAction> action = new SimpleObjectProperty<>();
  private final ObjectProperty<AccessPurpose> purpose = new SimpleObjectProperty<>();
  private final StringProperty text = new SimpleStringProperty("");
  private final BooleanProperty showNames = new SimpleBooleanProperty(false);
  private final ObjectProperty<ObservableList<AccessLogRow>> rows =
      new SimpleObjectProperty<>(FXCollections.observableArrayList());
  private final StringProperty status = new SimpleStringProperty("");
  private final List<Long> updateMillis = Collections.synchronizedList(new ArrayList<>());
  private final javafx.beans.property.LongProperty shown = new javafx.beans.property.SimpleLongProperty();

  public AccessLogViewModel(AccessLogService service, BackgroundTasks tasks, Messages messages) {
    this.service = service;
    this.tasks = tasks;
    this.messages = messages;
  }

  /** Opens the citizen's log (recorded, on whose behalf if in a session) and shows the newest entries. */
  public void open(CprNumber cpr, Purpose why, AccessRecorder.OnBehalf onBehalf) {
    this.citizen = cpr;
    tasks.run(() -> {
      service.recordView(cpr, why, onBehalf);
      return true;
    }).onFailure(e -> status.set(messages.get("accesslog.notRecorded"))).start();
    refresh();
  }

  /** Applies the current filters from the start (call on every change). */
  public void refresh() {
    if (citizen == null) {
      return;
    }
    long mine = ++generation;
    long started = System.nanoTime();
    AccessLogFilter filter;
    try {
      filter = new AccessLogFilter(from.get(), to.get(), organisation.get(), action.get(), purpose.get(), text.get());
    } catch (IllegalArgumentException e) {
      status.set(messages.get("accesslog.badPeriod"));
      return;
    }
    boolean names = showNames.get();
    status.set(messages.get("section.loading"));
    if (filter.text() != null) {
      tasks.run(() -> service.search(citizen, filter, names)).onSuccess(found -> {
        if (mine == generation) {
          rows.set(FXCollections.observableArrayList(found.rows()));
          status.set(messages.get(found.complete() ? "accesslog.found" : "accesslog.foundNewest", found.total(),
              found.scanned()));
          updateMillis.add((System.nanoTime() - started) / 1_000_000);
          shown.set(shown.get() + 1);
        }
      }).onFailure(e -> failed(mine)).start();
      return;
    }
    tasks.run(() -> service.page(citizen, filter, 0, PAGE, names)).onSuccess(first -> {
      if (mine != generation) {
        return;
      }
      PagedRows[] holder = new PagedRows[1];
      holder[0] = new PagedRows(first.total(), PAGE, page -> fetch(mine, filter, names, page, holder[0]));
      holder[0].arrived(0, first.rows());
      rows.set(holder[0]);
      status.set(messages.get("accesslog.count", first.total()));
      updateMillis.add((System.nanoTime() - started) / 1_000_000);
      shown.set(shown.get() + 1);
    }).onFailure(e -> failed(mine)).start();
  }

  private void fetch(long mine, AccessLogFilter filter, boolean names, int page, PagedRows target) {
    tasks.run(() -> service.page(citizen, filter, page, PAGE, names)).onSuccess((AccessLogSlice slice) -> {
      if (mine == generation) {
        target.arrived(page, slice.rows());
      }
    }).onFailure(e -> target.failed(page)).start();
  }

  private void failed(long mine) {
    if (mine == generation) {
      status.set(messages.get("accesslog.failed"));
    }
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

  /** The table's rows: a paged virtual list, or a search's matches. */
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
