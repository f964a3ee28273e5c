package dk.workbench.contracts.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * One case in a citizen's case list ({@code GET /cases/v1/citizens/{cpr}/cases}), after the
 * SF1470 case index. For a sensitive or confidential case that the caller may not read,
 * {@code title}, {@code kle} and {@code facet} are absent and {@code restricted} is true.
 *
 * @param caseNumber the authority's case number (SF1470 {@code Sagsnummer})
 * @param title the case title; absent when restricted
 * @param restricted true when the title and classification are withheld from the caller
 * @param kle KLE subject number and title; absent when restricted
 * @param facet KLE handling facet (FORM); absent when restricted
 * @param status the current status
 * @param statusDate the day the current status was reached
 * @param citizenStatusText what the status means, in Danish, as a citizen would be told
 * @param sensitivity how sensitive the case is
 * @param authority who owns the case
 * @param responsibleUnit the unit handling it
 * @param opened the day the case arose
 * @param deadlines the case's deadlines, so that a citizen's coming deadlines need one call; empty when restricted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSummary(
    String caseNumber,
    String title,
    boolean restricted,
    Classification kle,
    Classification facet,
    CaseStatus status,
    LocalDate statusDate,
    String citizenStatusText,
    Sensitivity sensitivity,
    Authority authority,
    String responsibleUnit,
    LocalDate opened,
    List<Deadline> deadlines) {
  public CaseSummary {
    deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
  }
}
