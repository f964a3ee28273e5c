package dk.workbench.contracts.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A document journalised on the case (SF1470 {@code Journalpost}): its title, date and direction.
 *
 * @param id the document's id in the case index
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseDocument(String id, String title, LocalDate date, Direction direction) {

  /** Whether the document came in, went out, or is internal (notat). */
  public enum Direction {
    INDGAAENDE,
    UDGAAENDE,
    INTERN
  }
}
