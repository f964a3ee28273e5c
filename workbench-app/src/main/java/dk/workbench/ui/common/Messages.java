package dk.workbench.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's texts in the chosen language (Danish by default, English as the second language), and
 * the language's way of writing dates and amounts: {@code 3.5.1944} and {@code 1.234,50 kr.} in
 * Danish, {@code 3 May 1944} and {@code DKK 1,234.50} in English (patterns in the bundles).
 */
public final class Messages {
  public static final String BUNDLE = "dk.workbench.ui.messages";

  private final ResourceBundle bundle;
  private final Locale locale;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final DateTimeFormatter dates;

  public Messages(Locale locale) {
    // No fallback to the JVM's default locale: on an English machine a Danish user must still
    // get the Danish base bundle, not messages_en.
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    // The Danish texts are the base bundle, whose own locale is the root locale.
    this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.forLanguageTag("da-DK") : bundle.getLocale();
    this.dates = DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale);
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  /** The language the texts are in: {@code da-DK} or {@code en}. */
  public Locale locale() {
    return locale;
  }

  /** A date as the language writes it ({@code 3.5.1944}); empty for none. */
  public String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }

  /** A date and time as the language writes it ({@code 3.5.2026 14:05}); empty for none. */
  public String dateTime(LocalDateTime time) {
    return time == null ? "" : date(time.toLocalDate()) + " " + TIME.format(time);
  }

  /** An amount in kroner with øre ({@code 1.234,50 kr.}); empty for none. */
  public String money(BigDecimal amount) {
    return money(amount, 2);
  }

  /** An amount in whole kroner ({@code 12.000 kr.}), e.g. for a chart's axis; empty for none. */
  public String wholeKroner(BigDecimal amount) {
    return money(amount, 0);
  }

  private String money(BigDecimal amount, int decimals) {
    if (amount == null) {
      return "";
    }
    DecimalFormat number = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(locale));
    return get("format.money", number.format(amount.setScale(decimals, RoundingMode.HALF_UP)));
  }

  /** The text for {@code key}, with {@code args} put into its {0}, {1} … placeholders. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
