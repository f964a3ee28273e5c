package dk.workbench.ui.letters;

import dk.workbench.service.letters.LetterDesk;
import dk.workbench.service.letters.LetterPreview;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.io.IOException;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens a stored letter's preview in a window of its own: the rendered pages, page through
 * (Page Up / Page Down), zoom (Ctrl+Plus / Ctrl+Minus), Escape closes. The pages are rendered in
 * the background; the letter's PDF is let go when the window closes.
 */
public final class LetterPreviewWindow {
  private final Supplier<LetterDesk> desk;
  private final BackgroundTasks tasks;
  private final Messages messages;

  public LetterPreviewWindow(Supplier<LetterDesk> desk, BackgroundTasks tasks, Messages messages) {
    this.desk = desk;
    this.tasks = tasks;
    this.messages = messages;
  }

  /** Shows letter {@code id} over {@code owner}. */
  public void show(Window owner, long id) {
    LetterPreviewViewModel viewModel = new LetterPreviewViewModel(tasks, messages);
    LetterPreviewView view = new LetterPreviewView(viewModel, messages);
    view.root().setId("letterPreview");
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.setTitle(messages.get("letters.preview.title", id));
    Scene scene = new Scene(view.root(), 720, 860);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), viewModel::next);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), viewModel::previous);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), viewModel::zoomIn);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), viewModel::zoomIn);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), viewModel::zoomOut);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), viewModel::zoomOut);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    stage.setScene(scene);
    LetterPreview[] opened = new LetterPreview[1];
    boolean[] closed = new boolean[1];
    stage.setOnHidden(e -> {
      closed[0] = true;
      close(opened[0]);
    });
    stage.show();
    tasks.run(() -> desk.get().preview(id))
        .onSuccess(preview -> {
          if (closed[0]) {
            close(preview);
          } else {
            opened[0] = preview;
            viewModel.show(preview);
          }
        })
        .onFailure(e -> stage.setTitle(messages.get("letters.preview.failed")))
        .start();
  }

  private static void close(LetterPreview preview) {
    if (preview == null) {
      return;
    }
    try {
      preview.close();
    } catch (IOException e) {
      // nothing to keep: the preview's pages are in memory
    }
  }
}
