package dk.workbench.rules.parameters;

/** How a parameter's values follow each other in time. */
public enum Regulation {
  /**
   * Regulated every year: a value applies only inside the calendar year of its {@code valid_from} (and before its
   * {@code valid_to}, if any). A year with no value is missing; the previous year's value is never carried forward.
   */
  YEARLY,
  /** A value applies from its {@code valid_from} until the next value (or its {@code valid_to}, if any). */
  FIXED
}
