package dk.workbench.ui.letters;

import dk.workbench.service.letters.LetterPreview;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.awt.image.BufferedImage;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The letter preview's state: the page shown (as an image), "Side 1 af 3", the zoom, and whether
 * there is a previous or next page. Pages are rendered in the background; a page that arrives
 * after the user moved on is dropped.
 */
public final class LetterPreviewViewModel {
  static final double MIN_ZOOM = 0.5;
  static final double MAX_ZOOM = 3.0;
  static final double ZOOM_STEP = 0.25;

  private final BackgroundTasks tasks;
  private final Messages messages;
  private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
  private final StringProperty pageLabel = new SimpleStringProperty("");
  private final StringProperty zoomLabel = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty canPrevious = new SimpleBooleanProperty();
  private final BooleanProperty canNext = new SimpleBooleanProperty();
  private LetterPreview preview;
  private int page;
  private double zoom = 1.0;
  private long request;

  public LetterPreviewViewModel(BackgroundTasks tasks, Messages messages) {
    this.tasks = tasks;
    this.messages = messages;
  }

  /** Shows a letter from its first page. */
  public void show(LetterPreview letter) {
    this.preview = letter;
    this.page = 0;
    refresh();
  }

  public void next() {
    if (preview != null && page + 1 < preview.pages()) {
      page++;
      refresh();
    }
  }

  public void previous() {
    if (page > 0) {
      page--;
      refresh();
    }
  }

  public void zoomIn() {
    setZoom(zoom + ZOOM_STEP);
  }

  public void zoomOut() {
    setZoom(zoom - ZOOM_STEP);
  }

  private void setZoom(double value) {
    double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    if (z != zoom) {
      zoom = z;
      refresh();
    }
  }

  private void refresh() {
    if (preview == null) {
      return;
    }
    int total = preview.pages();
    pageLabel.set(messages.get("letters.preview.page", page + 1, total));
    zoomLabel.set(messages.get("letters.preview.zoom", Math.round(zoom * 100)));
    canPrevious.set(page > 0);
    canNext.set(page + 1 < total);
    long mine = ++request;
    int index = page;
    double at = zoom;
    LetterPreview letter = preview;
    tasks.run(() -> letter.page(index, at)).onSuccess(img -> {
      if (mine == request) {
        image.set(toFx(img));
        error.set("");
      }
    }).onFailure(e -> error.set(messages.get("letters.preview.failed"))).start();
  }

  private static Image toFx(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
    WritableImage out = new WritableImage(w, h);
    out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    return out;
  }

  public ReadOnlyObjectProperty<Image> imageProperty() {
    return image;
  }

  public ReadOnlyStringProperty pageLabelProperty() {
    return pageLabel;
  }

  public ReadOnlyStringProperty zoomLabelProperty() {
    return zoomLabel;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  public ReadOnlyBooleanProperty canPreviousProperty() {
    return canPrevious;
  }

  public ReadOnlyBooleanProperty canNextProperty() {
    return canNext;
  }

  double zoom() {
    return zoom;
  }
}
