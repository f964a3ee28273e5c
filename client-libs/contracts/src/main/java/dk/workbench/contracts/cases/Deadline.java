package dk.workbench.contracts.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A deadline on the case.
 *
 * @param type what kind of deadline
 * @param description Danish, citizen-readable
 * @param date the day it falls due
 * @param met true or false once it has been met or missed; absent while it is open, and always
 *     for the citizen's complaint deadline ({@code KLAGEFRIST})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Deadline(DeadlineType type, String description, LocalDate date, Boolean met) {

  /** Kinds of deadline. */
  public enum DeadlineType {
    /** The authority's own processing deadline (sagsbehandlingsfrist). */
    SAGSBEHANDLINGSFRIST,
    /** The citizen's deadline to answer a hearing (partshøring). */
    PARTSHOERING,
    /** The citizen's deadline to send requested information. */
    SVARFRIST,
    /** The citizen's deadline to complain about the decision. */
    KLAGEFRIST
  }
}
