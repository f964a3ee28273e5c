package dk.workbench.rules;

import java.time.LocalDate;

/**
 * The dated version of a rule that a line applied, e.g. "work income excluded from the pension supplement basis from
 * 2023-01-01".
 *
 * @param id stable id of the version, e.g. {@code folkepension.indtaegt/2023}
 * @param validFrom first day the version applies, or {@code null} (applies from before the engine's data)
 * @param validTo first day the version no longer applies, or {@code null} (still in force)
 * @param selectedBy what date chose the version: {@code period} (the period computed) or {@code pensionAgeDate}
 */
public record RuleVersion(String id, LocalDate validFrom, LocalDate validTo, String selectedBy) {

  /** Whether the version applies on {@code date}. */
  public boolean appliesOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || date.isBefore(validTo));
  }
}
