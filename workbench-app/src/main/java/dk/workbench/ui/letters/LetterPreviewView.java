package dk.workbench.ui.letters;

import dk.workbench.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The letter preview: the page, page through, zoom. Binds to {@link LetterPreviewViewModel} and forwards clicks. */
public final class LetterPreviewView {
  private final BorderPane root = new BorderPane();

  public LetterPreviewView(LetterPreviewViewModel viewModel, Messages messages) {
    Button previous = button(messages.get("letters.preview.previous"), "letter-previous");
    Button next = button(messages.get("letters.preview.next"), "letter-next");
    Button zoomOut = button(messages.get("letters.preview.zoomOut"), "letter-zoom-out");
    Button zoomIn = button(messages.get("letters.preview.zoomIn"), "letter-zoom-in");
    Label page = new Label();
    page.setId("letter-page");
    page.textProperty().bind(viewModel.pageLabelProperty());
    Label zoom = new Label();
    zoom.setId("letter-zoom");
    zoom.textProperty().bind(viewModel.zoomLabelProperty());
    Label error = new Label();
    error.textProperty().bind(viewModel.errorProperty());
    previous.disableProperty().bind(viewModel.canPreviousProperty().not());
    next.disableProperty().bind(viewModel.canNextProperty().not());
    previous.setOnAction(e -> viewModel.previous());
    next.setOnAction(e -> viewModel.next());
    zoomOut.setOnAction(e -> viewModel.zoomOut());
    zoomIn.setOnAction(e -> viewModel.zoomIn());

    HBox bar = new HBox(8, previous, page, next, zoomOut, zoom, zoomIn, error);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6, 12, 6, 12));
    ImageView image = new ImageView();
    image.setId("letter-image");
    image.imageProperty().bind(viewModel.imageProperty());
    image.setAccessibleText(messages.get("letters.preview.image"));
    ScrollPane scroll = new ScrollPane(image);
    scroll.setPannable(true);
    root.setTop(bar);
    root.setCenter(scroll);
  }

  private static Button button(String text, String id) {
    Button b = new Button(text);
    b.setId(id);
    return b;
  }

  /** The node to put in a window or tab. */
  public BorderPane root() {
    return root;
  }
}
