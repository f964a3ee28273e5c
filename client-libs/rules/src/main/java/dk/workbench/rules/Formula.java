package dk.workbench.rules;

import java.util.List;

/**
 * The arithmetic of a line as a pattern with placeholders {@code {0}}, {@code {1}}, ... and their values, rendered
 * with the language's number format, e.g. {@code ({0} − {1}) × {2} = {3}}.
 *
 * @param pattern language-neutral pattern
 * @param args values for the placeholders
 */
public record Formula(String pattern, List<Object> args) {
  /** A formula. */
  public static Formula of(String pattern, Object... args) {
    return new Formula(pattern, java.util.Arrays.asList(args));
  }
}
