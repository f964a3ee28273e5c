package dk.workbench.rules.parameters;

import java.util.List;
import java.util.Objects;

/**
 * A parameter key with everything known about it: unit, regulation, role, names and its dated values (sorted by
 * {@code valid_from}). A key may have no values at all: it is then declared but unknown, and every explanation that
 * needs it reports it as missing.
 *
 * @param key stable key
 * @param unit unit shared by all values
 * @param regulation how values follow each other
 * @param role what the engine does with it
 * @param titleDa Danish name
 * @param titleEn English name
 * @param note remark about the key as a whole (e.g. why a year is missing), or {@code null}
 * @param values dated values, ascending by {@code valid_from}
 */
public record ParameterDefinition(
    String key,
    String unit,
    Regulation regulation,
    Role role,
    String titleDa,
    String titleEn,
    String note,
    List<ParameterValue> values) {

  public ParameterDefinition {
    Objects.requireNonNull(key, "key");
    values = List.copyOf(values);
  }

  /** The value that applies on {@code date}, or {@code null} when none does (a missing parameter). */
  public ParameterValue lookup(java.time.LocalDate date) {
    for (int i = values.size() - 1; i >= 0; i--) {
      ParameterValue v = values.get(i);
      if (!v.validFrom().isAfter(date)) {
        return v.appliesOn(date) ? v : null;
      }
    }
    return null;
  }
}
