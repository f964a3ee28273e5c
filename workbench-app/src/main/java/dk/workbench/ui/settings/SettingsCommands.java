package dk.workbench.ui.settings;

import dk.workbench.ui.common.Messages;
import dk.workbench.ui.main.Command;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The main window's commands for the settings and the look: palette entries, F1 sheet and shortcuts. */
public final class SettingsCommands {
  private SettingsCommands() {}

  /** "Indstillinger…" (Ctrl+,), larger/smaller/normal text (Ctrl+Plus, Ctrl+Minus, Ctrl+0), high contrast on/off. */
  public static List<Command> commands(Messages messages, Appearance appearance, SettingsView settings,
      Supplier<Window> owner) {
    return List.of(
        new Command(messages.get("command.settings"), key(KeyCode.COMMA), () -> settings.show(owner.get())),
        new Command(messages.get("command.fontBigger"), key(KeyCode.PLUS), appearance::bigger),
        new Command(messages.get("command.fontSmaller"), key(KeyCode.MINUS), appearance::smaller),
        new Command(messages.get("command.fontReset"), key(KeyCode.DIGIT0), appearance::resetSize),
        new Command(messages.get("command.contrast"), null, appearance::toggleContrast));
  }

  /** The same keys on other layouts and on the number pad: Ctrl+= and Ctrl+Add, Ctrl+Subtract, Ctrl+Numpad 0. */
  public static Map<KeyCombination, Runnable> aliases(Appearance appearance) {
    Map<KeyCombination, Runnable> aliases = new LinkedHashMap<>();
    aliases.put(key(KeyCode.EQUALS), appearance::bigger);
    aliases.put(key(KeyCode.ADD), appearance::bigger);
    aliases.put(key(KeyCode.SUBTRACT), appearance::smaller);
    aliases.put(key(KeyCode.NUMPAD0), appearance::resetSize);
    return aliases;
  }

  private static KeyCombination key(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
  }
}
