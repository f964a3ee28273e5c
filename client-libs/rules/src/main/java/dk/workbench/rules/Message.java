package dk.workbench.rules;

import java.util.List;

/**
 * A text to render later: a template key and its arguments. Keeping texts unformatted until rendering makes the
 * calculation fast and lets one explanation be rendered in Danish and English.
 *
 * @param key template key (see {@code Texts})
 * @param args template arguments (numbers, dates, {@link Term}s, {@link Pct}s, texts)
 */
public record Message(String key, List<Object> args) {
  /** A message with arguments. */
  public static Message of(String key, Object... args) {
    return new Message(key, java.util.Arrays.asList(args));
  }

  /** A localised term (word) rendered from the text table, e.g. the name of an income type. */
  public record Term(String key) {}

  /** A percentage, rendered like {@code 30,9 %}. */
  public record Pct(java.math.BigDecimal percent) {}
}
