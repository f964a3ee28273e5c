package dk.workbench.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Helpers for the workbench's choice boxes and combo boxes (not editable: the user picks, never types). */
public final class Choices {
  private Choices() {}

  /** Shows each choice as {@code text} of it (e.g. its text from the bundles); nothing for none. */
  public static <T> StringConverter<T> shownAs(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        return null; // not editable
      }
    };
  }
}
