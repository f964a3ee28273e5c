package dk.workbench.ui.offline;

import dk.workbench.service.offline.LocalData;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The status bar's outbox count and the "Udbakke" panel: writes that wait or failed, "try again",
 * the offline cache's figures and "Slet cache". Every call to {@link LocalData} runs in the background.
 */
public class LocalDataViewModel {

  private final LocalData local;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final ZoneId zone;
  private final ReadOnlyObjectWrapper<LocalData.OutboxStatus> status = new ReadOnlyObjectWrapper<>(new LocalData.OutboxStatus(0, 0));
  private final ObservableList<LocalData.Failure> failures = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public LocalDataViewModel(LocalData local, BackgroundTasks tasks, Messages messages, ZoneId zone) {
    this.local = local;
    this.tasks = tasks;
    this.messages = messages;
    this.zone = zone;
  }

  /** The outbox count again (the status bar asks every few seconds). */
  public void refreshStatus() {
    tasks.run(local::outboxStatus).onSuccess(status::set).start();
  }

  /** Everything the panel shows, again. */
  public void refreshPanel() {
    record Panel(LocalData.OutboxStatus status, java.util.List<LocalData.Failure> failures, LocalData.CacheFigures figures) {}
    tasks.run(() -> new Panel(local.outboxStatus(), local.failures(), local.cacheFigures()))
        .onSuccess(panel -> {
          status.set(panel.status());
          failures.setAll(panel.failures());
          figures.set(figuresText(panel.figures()));
        })
        .onFailure(e -> message.set(messages.get("local.failed")))
        .start();
  }

  /** "Prøv igen" for one failed write. */
  public void retry(LocalData.Failure failure) {
    tasks.run(() -> {
      local.retry(failure.id());
      return null;
    }).onSuccess(done -> {
      message.set(messages.get("local.retrying"));
      refreshPanel();
    }).start();
  }

  /** "Prøv alle igen". */
  public void retryAll() {
    var all = java.util.List.copyOf(failures);
    tasks.run(() -> {
      all.forEach(f -> local.retry(f.id()));
      return null;
    }).onSuccess(done -> {
      message.set(messages.get("local.retrying"));
      refreshPanel();
    }).start();
  }

  /**
   * "Slet cache". {@code refused} gets the number of undelivered writes when they prevented it
   * (ask the user, then call again with {@code discardUndelivered}).
   */
  public void erase(boolean discardUndelivered, LongConsumer refused) {
    tasks.run(() -> local.erase(discardUndelivered))
        .onSuccess(waiting -> {
          if (waiting > 0) {
            refused.accept(waiting);
          } else {
            message.set(messages.get("local.erased"));
            refreshPanel();
          }
        })
        .onFailure(e -> message.set(messages.get("local.failed")))
        .start();
  }

  public boolean cacheAvailable() {
    return local.available();
  }

  /** What to tell the user about the cache at start, in the UI language; empty when nothing. */
  public Optional<String> notice() {
    return local.notice() == LocalData.Notice.NONE ? Optional.empty()
        : Optional.of(messages.get("local.notice." + local.notice().name()));
  }

  public ReadOnlyObjectProperty<LocalData.OutboxStatus> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** "Udbakke: tom", "Udbakke: 3 venter", "Udbakke: 3 venter – 1 fejlet". */
  public StringBinding statusText() {
    return Bindings.createStringBinding(() -> {
      LocalData.OutboxStatus s = status.get();
      if (!local.available()) {
        return messages.get("local.status.none");
      }
      if (s.waiting() == 0 && s.failed() == 0) {
        return messages.get("local.status.empty");
      }
      return s.failed() == 0 ? messages.get("local.status.waiting", s.waiting())
          : messages.get("local.status.failed", s.waiting(), s.failed());
    }, status);
  }

  public ObservableList<LocalData.Failure> failures() {
    return failures;
  }

  public ReadOnlyStringProperty figuresProperty() {
    return figures.getReadOnlyProperty();
  }

  /** The result of the last action, in the UI language. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** "Adgangslog-registrering", "Henvendelse" … (the kind itself when there is no text for it). */
  public String kindText(String kind) {
    String key = "local.kind." + kind;
    return messages.bundle().containsKey(key) ? messages.get(key) : kind;
  }

  public String time(Instant at) {
    return at == null ? "" : messages.dateTime(at.atZone(zone).toLocalDateTime());
  }

  /** "Næste forsøg 30.11.2026 10:15" or "Opgivet – back-end afviste den". */
  public String nextAttemptText(LocalData.Failure failure) {
    return failure.nextAttemptAt().map(at -> messages.get("local.next", time(at))).orElse(messages.get("local.givenUp"));
  }

  private String figuresText(LocalData.CacheFigures f) {
    if (!local.available()) {
      return messages.get("local.cache.none");
    }
    String size = String.format(messages.locale(), "%.1f", f.sizeBytes() / (1024.0 * 1024.0));
    return messages.get("local.cache.figures", f.sections(), f.citizens(), size,
        f.oldest().map(this::time).orElse("–"));
  }
}
