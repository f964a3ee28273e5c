package dk.workbench.ui.settings;

import dk.workbench.service.settings.SettingsStore;
import dk.workbench.service.settings.Theme;
import dk.workbench.service.settings.UserSettingsService;
import dk.workbench.ui.common.BackgroundTasks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme (standard or high contrast) and the font scale of every window of the app: the
 * stylesheets and the root font size ({@value #BASE_FONT_PX} px × scale) of each scene, kept
 * up to date when either changes. Ctrl+Plus / Ctrl+Minus / Ctrl+0 step the scale through
 * {@link #STEPS}; each change is saved to the user's settings in the background.
 */
public final class Appearance {
  /** The font scale's steps, in percent. */
  public static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
  /** The base font size in px at 100 % (the {@code .root} size in workbench.css). */
  public static final double BASE_FONT_PX = 14;

  static final String BASE_CSS = "/dk/workbench/ui/workbench.css";
  static final String HIGH_CONTRAST_CSS = "/dk/workbench/ui/workbench-high-contrast.css";
  private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size:[^;]*;?");
  private static final Logger log = LoggerFactory.getLogger(Appearance.class);

  private final ObjectProperty<Theme> theme;
  private final IntegerProperty fontScale;
  private final UserSettingsService settings;
  private final BackgroundTasks tasks;
  private final String baseCss = stylesheet(BASE_CSS);
  private final String highContrastCss = stylesheet(HIGH_CONTRAST_CSS);
  private boolean installed;

  /**
   * @param theme the theme at start
   * @param fontScale the font scale at start, in percent (clamped to 80–200)
   * @param settings where changes are saved
   * @param tasks runs the saving off the UI thread
   */
  public Appearance(Theme theme, int fontScale, UserSettingsService settings, BackgroundTasks tasks) {
    this.theme = new SimpleObjectProperty<>(Objects.requireNonNull(theme, "theme == null"));
    this.fontScale = new SimpleIntegerProperty(clamp(fontScale));
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.tasks = Objects.requireNonNull(tasks, "tasks == null");
    this.theme.addListener((obs, old, now) -> restyleAll());
    this.fontScale.addListener((obs, old, now) -> restyleAll());
  }

  /** Styles every window that is open or opens later (main window, dialogs, alerts). Call once, on the UI thread. */
  public void install() {
    if (installed) {
      return;
    }
    installed = true;
    Window.getWindows().forEach(this::watch);
    Window.getWindows().addListener((ListChangeListener<Window>) change -> {
      while (change.next()) {
        change.getAddedSubList().forEach(this::watch);
      }
    });
  }

  private void watch(Window window) {
    style(window.getScene());
    if (window.getProperties().putIfAbsent(Appearance.class, Boolean.TRUE) != null) {
      return; // shown again: already watched
    }
    window.sceneProperty().addListener((obs, old, scene) -> style(scene));
  }

  private void restyleAll() {
    for (Window window : Window.getWindows()) {
      style(window.getScene());
    }
  }

  /** Puts this theme's stylesheets and the scaled root font size on {@code scene}. */
  public void style(Scene scene) {
    if (scene == null) {
      return;
    }
    if (!scene.getStylesheets().contains(baseCss)) {
      scene.getStylesheets().add(0, baseCss);
    }
    if (theme.get() == Theme.HIGH_CONTRAST) {
      if (!scene.getStylesheets().contains(highContrastCss)) {
        scene.getStylesheets().add(highContrastCss);
      }
    } else {
      scene.getStylesheets().remove(highContrastCss);
    }
    styleRoot(scene.getRoot());
    if (!Boolean.TRUE.equals(scene.getProperties().get(Appearance.class))) {
      scene.getProperties().put(Appearance.class, Boolean.TRUE);
      scene.rootProperty().addListener((obs, old, root) -> styleRoot(root));
    }
  }

  private void styleRoot(Parent root) {
    if (root == null) {
      return;
    }
    String style = FONT_SIZE.matcher(root.getStyle() == null ? "" : root.getStyle()).replaceAll("").strip();
    String size = String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontPx());
    root.setStyle(style.isEmpty() ? size : style + " " + size);
  }

  /** The root font size in px for the current scale. */
  public double fontPx() {
    return BASE_FONT_PX * fontScale.get() / 100.0;
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public IntegerProperty fontScaleProperty() {
    return fontScale;
  }

  /** One step bigger (Ctrl+Plus), saved. */
  public void bigger() {
    int now = fontScale.get();
    change(theme.get(), STEPS.stream().filter(step -> step > now).findFirst().orElse(STEPS.get(STEPS.size() - 1)));
  }

  /** One step smaller (Ctrl+Minus), saved. */
  public void smaller() {
    int now = fontScale.get();
    int smaller = STEPS.get(0);
    for (int step : STEPS) {
      if (step < now) {
        smaller = step;
      }
    }
    change(theme.get(), smaller);
  }

  /** Back to 100 % (Ctrl+0), saved. */
  public void resetSize() {
    change(theme.get(), 100);
  }

  /** Standard ↔ high contrast, saved. */
  public void toggleContrast() {
    change(theme.get() == Theme.HIGH_CONTRAST ? Theme.STANDARD : Theme.HIGH_CONTRAST, fontScale.get());
  }

  /** Shows {@code newTheme} and {@code newScale} at once and saves them in the background. */
  public void change(Theme newTheme, int newScale) {
    show(newTheme, newScale);
    Theme savedTheme = theme.get();
    int savedScale = fontScale.get();
    tasks.run(() -> {
      settings.saveAppearance(savedTheme, savedScale);
      return null;
    }).onFailure(e -> log.warn("The look could not be saved: {}", e.toString())).start();
  }

  /** Shows {@code newTheme} and {@code newScale} at once without saving (the settings dialog saves itself). */
  public void show(Theme newTheme, int newScale) {
    theme.set(Objects.requireNonNull(newTheme, "newTheme == null"));
    fontScale.set(clamp(newScale));
  }

  private static int clamp(int scale) {
    return Math.max(SettingsStore.MIN_FONT_SCALE, Math.min(SettingsStore.MAX_FONT_SCALE, scale));
  }

  private static String stylesheet(String path) {
    return Objects.requireNonNull(Appearance.class.getResource(path), path).toExternalForm();
  }
}
