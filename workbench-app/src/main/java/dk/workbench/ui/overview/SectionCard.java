package dk.workbench.ui.overview;

import dk.workbench.ui.common.Messages;
import java.math.BigDecimal;
import javafx.util.StringConverter;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The card of one overview section: title, source and time, rows, or a placeholder/message with retry. */
final class SectionCard extends VBox {
  private static final int SHORT_LABEL = 24;

  private final VBox rows = new VBox(4);

  SectionCard(SectionViewModel model, Runnable retry, Messages messages) {
    getStyleClass().add("section-card");
    setFocusTraversable(true); // "Næste afsnit" (F6) and Tab move through the cards
    setAccessibleText(model.title());
    setId("section-" + model.section().name());
    setSpacing(6);
    Label title = new Label(model.title());
    title.getStyleClass().add("section-title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    Label source = new Label();
    source.getStyleClass().add("section-source");
    source.textProperty().bind(model.sourceProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox header = new HBox(8, title, grow, source);

    // a text, no spinning indicator: eight spinners per tab meant a layout and render pass every
    // frame while a screen-popped citizen's sections arrive (docs/calls.md, "Screen-pop speed")
    Label loading = new Label(messages.get("section.loading"));
    loading.getStyleClass().add("section-loading");
    HBox placeholder = new HBox(8, loading);
    placeholder.getStyleClass().add("section-skeleton");
    bindShown(placeholder, model.stateProperty().isEqualTo(SectionViewModel.State.LOADING));

    Label message = new Label();
    message.setWrapText(true);
    message.getStyleClass().add("section-message");
    message.textProperty().bind(model.messageProperty());
    bindShown(message, Bindings.isNotEmpty(model.messageProperty()));
    Runnable style = () -> {
      message.getStyleClass().removeAll("section-failed", "section-refused", "section-offline");
      source.getStyleClass().remove("section-source-offline");
      if (model.offlineProperty().get()) {
        message.getStyleClass().add("section-offline");
        source.getStyleClass().add("section-source-offline");
      } else if (model.stateProperty().get() == SectionViewModel.State.FAILED) {
        message.getStyleClass().add("section-failed");
      } else if (model.stateProperty().get() == SectionViewModel.State.REFUSED) {
        message.getStyleClass().add("section-refused");
      }
    };
    model.stateProperty().addListener((obs, old, state) -> style.run());
    model.offlineProperty().addListener((obs, old, offline) -> style.run());
    // the retry button only once a fetch has failed (most cards never need one)
    Runnable addRetry = () -> {
      Button retryButton = new Button(messages.get("lookup.retry"));
      retryButton.setOnAction(e -> retry.run());
      bindShown(retryButton, model.retryableProperty());
      getChildren().add(retryButton);
    };

    model.rows().addListener((ListChangeListener<SectionRow>) change -> showRows(model));
    showRows(model);
    getChildren().addAll(header, placeholder, rows, message);
    if (model.retryableProperty().get()) {
      addRetry.run();
    } else {
      model.retryableProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
          if (now) {
            value.removeListener(this);
            addRetry.run();
          }
        }
      });
    }
    // the chart only for a section that has bars (payments), built when they first arrive
    if (!model.chart().isEmpty()) {
      getChildren().add(2, chart(model, messages));
    } else {
      model.chart().addListener(new ListChangeListener<SectionViewModel.ChartPoint>() {
        @Override
        public void onChanged(Change<? extends SectionViewModel.ChartPoint> change) {
          if (!model.chart().isEmpty()) {
            model.chart().removeListener(this);
            getChildren().add(2, chart(model, messages));
          }
        }
      });
    }
  }

  /** Short labels sit left of their value; long lines get the value underneath. */
  private void showRows(SectionViewModel model) {
    rows.getChildren().clear();
    for (SectionRow row : model.rows()) {
      Label text = new Label(row.text());
      text.getStyleClass().add(row.attention() ? "row-attention" : "row-text");
      text.setWrapText(true);
      Label detail = new Label(row.detail());
      detail.setWrapText(true);
      detail.getStyleClass().add("row-detail");
      if (row.text().length() <= SHORT_LABEL) {
        text.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(8, text, grow, detail);
        line.getStyleClass().add("section-row");
        rows.getChildren().add(line);
      } else {
        VBox line = row.detail().isEmpty() ? new VBox(text) : new VBox(1, text, detail);
        detail.getStyleClass().add("row-detail-below");
        line.getStyleClass().add("section-row");
        rows.getChildren().add(line);
      }
    }
  }

  /** Bars (e.g. net paid per month), shown only when the section has any. */
  private static BarChart<String, Number> chart(SectionViewModel model, Messages messages) {
    CategoryAxis months = new CategoryAxis();
    NumberAxis amounts = new NumberAxis();
    amounts.setTickLabelFormatter(new StringConverter<>() {
      @Override
      public String toString(Number amount) {
        return messages.wholeKroner(BigDecimal.valueOf(amount.doubleValue()));
      }

      @Override
      public Number fromString(String text) {
        throw new UnsupportedOperationException("the axis is only shown");
      }
    });
    BarChart<String, Number> chart = new BarChart<>(months, amounts);
    chart.setLegendVisible(false);
    chart.setAnimated(false);
    chart.setPrefHeight(170);
    chart.setMinHeight(170);
    chart.setCategoryGap(2);
    chart.getStyleClass().add("section-chart");
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    chart.getData().add(series);
    Runnable fill = () -> series.getData().setAll(model.chart().stream()
        .map(p -> new XYChart.Data<String, Number>(p.label(), p.value())).toList());
    model.chart().addListener((ListChangeListener<SectionViewModel.ChartPoint>) change -> fill.run());
    fill.run();
    bindShown(chart, Bindings.isNotEmpty(model.chart()));
    return chart;
  }

  private static void bindShown(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(node.visibleProperty());
  }
}
