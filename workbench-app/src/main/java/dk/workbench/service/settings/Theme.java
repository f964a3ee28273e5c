package dk.workbench.service.settings;

import java.util.Locale;

/** The window's look: the standard colours, or high contrast (black, white, yellow; strong focus ring). */
public enum Theme {
  STANDARD,
  HIGH_CONTRAST;

  /** As written in the settings file: {@code standard}, {@code high-contrast}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The theme for {@link #key()} (case and {@code -}/{@code _} ignored), or null if none matches. */
  public static Theme fromKey(String key) {
    if (key == null) {
      return null;
    }
    String wanted = key.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (Theme theme : values()) {
      if (theme.name().equals(wanted)) {
        return theme;
      }
    }
    return null;
  }
}
