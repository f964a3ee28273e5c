package dk.workbench.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts in the chosen language (Danish by default, English as the second language). */
public final class Messages {
  public static final String BUNDLE = "dk.workbench.ui.messages";

  private final ResourceBundle bundle;

  public Messages(Locale locale) {
    // No fallback to the JVM's default locale: on an English machine a Danish user must still
    // get the Danish base bundle, not messages_en.
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public Locale locale() {
    return bundle.getLocale();
  }

  /** The text for {@code key}, with {@code args} put into its {0}, {1} … placeholders. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
  }
}
