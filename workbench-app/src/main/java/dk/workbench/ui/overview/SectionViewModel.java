package dk.workbench.ui.overview;

import dk.workbench.service.overview.Section;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The state of one section card: loading, shown, failed (with a retry) or not shown (with the reason). */
public final class SectionViewModel {
  /** What the card shows. */
  public enum State {
    LOADING,
    LOADED,
    FAILED,
    REFUSED
  }

  private final Section section;
  private final String title;
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
  private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper retryable = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
  private final ObservableList<SectionRow> rows = FXCollections.observableArrayList();
  private final ObservableList<ChartPoint> chart = FXCollections.observableArrayList();

  /** One bar of a section's chart (e.g. the net paid in a month). */
  public record ChartPoint(String label, double value) {}

  SectionViewModel(Section section, String title) {
    this.section = section;
    this.title = title;
  }

  void loading() {
    offline.set(false);
    state.set(State.LOADING);
    message.set("");
    retryable.set(false);
  }

  void loaded(String sourceLine, java.util.List<SectionRow> content, java.util.List<ChartPoint> bars, String emptyText) {
    offline.set(false);
    source.set(sourceLine);
    rows.setAll(content);
    chart.setAll(bars);
    message.set(content.isEmpty() ? emptyText : "");
    retryable.set(false);
    state.set(State.LOADED);
  }

  /** The rows are the cached copy: says why, and offers a retry. */
  void markOffline(String why) {
    offline.set(true);
    message.set(why);
    retryable.set(true);
  }

  void failed(String sourceLine, String text, boolean canRetry) {
    source.set(sourceLine);
    rows.clear();
    chart.clear();
    message.set(text);
    retryable.set(canRetry);
    state.set(State.FAILED);
  }

  void refused(String text) {
    rows.clear();
    chart.clear();
    message.set(text);
    retryable.set(false);
    state.set(State.REFUSED);
  }

  public Section section() {
    return section;
  }

  public String title() {
    return title;
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** "Kilde: CPR · hentet kl. 09:15". */
  public ReadOnlyStringProperty sourceProperty() {
    return source.getReadOnlyProperty();
  }

  /** Why there are no rows: empty, failed or refused. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** True when the rows are a cached copy because the back-end failed. */
  public ReadOnlyBooleanProperty offlineProperty() {
    return offline.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty retryableProperty() {
    return retryable.getReadOnlyProperty();
  }

  public ObservableList<SectionRow> rows() {
    return rows;
  }

  /** Bars to draw above the rows; empty for most sections. */
  public ObservableList<ChartPoint> chart() {
    return chart;
  }
}
