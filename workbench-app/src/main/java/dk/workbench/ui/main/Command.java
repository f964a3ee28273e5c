package dk.workbench.ui.main;

import javafx.scene.input.KeyCombination;

/**
 * An action of the main window, for the command palette (Ctrl+K) and the shortcut sheet (F1).
 *
 * @param label what it does, in the UI language
 * @param shortcut its key combination, or null when it has none
 * @param action runs it (on the UI thread)
 */
public record Command(String label, KeyCombination shortcut, Runnable action) {
  /** "Ctrl+N" and the like, or empty. */
  public String shortcutText() {
    return shortcut == null ? "" : shortcut.getDisplayText();
  }
}
