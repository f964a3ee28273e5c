package dk.workbench.contracts.decisions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * Where one input of a decision's facts comes from.
 *
 * @param field the field in the facts JSON, e.g. {@code person.civilStatus}, {@code incomes[0].annual}
 * @param source the register or document, e.g. "CPR civilstand", "eIndkomst 2026-10"
 * @param date the day the value is registered as of
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactSource(String field, String source, LocalDate date) {}
