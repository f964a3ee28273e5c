package dk.workbench.ui.common;

import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way the UI runs blocking work: the work runs on the I/O pool, and its callbacks
 * arrive on the FX thread. Tests build it with same-thread executors so that everything is
 * deterministic.
 *
 * <pre>{@code
 * tasks.run(() -> service.lookup(cpr, purpose)).onSuccess(vm::show).onFailure(vm::showError).start();
 * }</pre>
 */
public final class BackgroundTasks {
  private final Executor worker;
  private final Executor ui;

  public BackgroundTasks(Executor worker, Executor ui) {
    this.worker = Objects.requireNonNull(worker);
    this.ui = Objects.requireNonNull(ui);
  }

  /** Production wiring: work on {@code worker}, callbacks through {@link Platform#runLater}. */
  public static BackgroundTasks onFxThread(Executor worker) {
    return new BackgroundTasks(worker, Platform::runLater);
  }

  /** Work that may block and may throw any exception. */
  @FunctionalInterface
  public interface Work<T> {
    T call() throws Exception;
  }

  /**
   * A callback that may be called on any thread and runs {@code callback} on the UI thread (for
   * results that arrive one by one from a service).
   */
  public <T> Consumer<T> onUi(Consumer<T> callback) {
    return value -> ui.execute(() -> callback.accept(value));
  }

  public <T> Task<T> run(Work<T> work) {
    return new Task<>(work);
  }

  /** One piece of background work with its callbacks; {@link #start()} submits it. */
  public final class Task<T> {
    private final Work<T> work;
    private Consumer<T> onSuccess = v -> {};
    private Consumer<Throwable> onFailure = e -> {};

    private Task(Work<T> work) {
      this.work = work;
    }

    public Task<T> onSuccess(Consumer<T> callback) {
      this.onSuccess = callback;
      return this;
    }

    public Task<T> onFailure(Consumer<Throwable> callback) {
      this.onFailure = callback;
      return this;
    }

    /** Submits the work; does nothing once the app is shutting down (the worker takes no more). */
    public void start() {
      try {
        worker.execute(() -> {
          try {
            T value = work.call();
            ui.execute(() -> onSuccess.accept(value));
          } catch (Exception | Error e) {
            ui.execute(() -> onFailure.accept(e));
          }
        });
      } catch (RejectedExecutionException shuttingDown) {
        // the app is closing: nothing waits for this result any more
      }
    }
  }
}
