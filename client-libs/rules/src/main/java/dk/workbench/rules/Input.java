package dk.workbench.rules;

import java.util.Objects;

/**
 * A fact or an earlier line's result that a line used.
 *
 * @param name stable name, e.g. {@code person.birthDate}, {@code incomes[0].annual} or a derived name such as
 *     {@code indtaegtsgrundlag}
 * @param value a {@link java.math.BigDecimal}, {@link java.time.LocalDate}, {@link Boolean}, {@link Integer} or text
 * @param source where the value comes from: the data source named in the facts (e.g. {@code eIndkomst 2024-01}),
 *     {@code facts person.birthDate} for a facts field without a named source, or {@code line:<rule>} for the result of
 *     an earlier line of the same explanation
 */
public record Input(String name, Object value, String source) {
  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  /** True when the value is the result of an earlier line ({@code line:<rule>}). */
  public boolean fromLine() {
    return source.startsWith("line:");
  }
}
