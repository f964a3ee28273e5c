package dk.workbench.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's explanation of one calculation: the result and the ordered trace lines it was computed by.
 * Deterministic (no timings, no clock): the same facts and parameter table give an equal explanation, so two
 * explanations can be compared line by line ({@link ExplanationComparison}). Render it with {@link Rendering}.
 *
 * @param schemaVersion version of the JSON schema ({@value #SCHEMA_VERSION})
 * @param benefit the benefit
 * @param period the period computed
 * @param result the result block
 * @param lines the trace, in calculation order
 */
public record Explanation(String schemaVersion, Benefit benefit, Period period, Result result, List<Line> lines) {
  /** Current schema version of the explanation JSON. */
  public static final String SCHEMA_VERSION = "1";

  public Explanation {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(benefit, "benefit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(result, "result");
    lines = List.copyOf(lines);
  }

  /** The first line of a rule (and subject), if present. */
  public Optional<Line> line(String rule, String subject) {
    for (Line l : lines) {
      if (l.rule().equals(rule) && Objects.equals(l.subject(), subject)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The first line of a rule without subject, if present. */
  public Optional<Line> line(String rule) {
    return line(rule, null);
  }
}
