package dk.workbench.contracts.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * One case in full ({@code GET /cases/v1/cases/{caseNumber}}), after the SF1470 case index.
 *
 * @param caseNumber the authority's case number
 * @param title the case title
 * @param kle KLE subject number and title
 * @param facet KLE handling facet (FORM)
 * @param legalBasis the case's hjemmel (law and §)
 * @param status the current status
 * @param statusHistory every status reached, oldest first
 * @param citizenStatusText what the current status means, in Danish
 * @param sensitivity how sensitive the case is
 * @param authority who owns the case
 * @param responsibleUnit the unit handling it
 * @param opened the day the case arose
 * @param parties the parties (persons by CPR, companies by CVR)
 * @param documents journalised documents, oldest first
 * @param deadlines deadlines, by date
 * @param decisionIds ids of decisions in the decisions API made on this case (benefit cases)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseDetail(
    String caseNumber,
    String title,
    Classification kle,
    Classification facet,
    String legalBasis,
    CaseStatus status,
    List<StatusChange> statusHistory,
    String citizenStatusText,
    Sensitivity sensitivity,
    Authority authority,
    String responsibleUnit,
    LocalDate opened,
    List<Party> parties,
    List<CaseDocument> documents,
    List<Deadline> deadlines,
    List<String> decisionIds) {

  public CaseDetail {
    statusHistory = statusHistory == null ? List.of() : List.copyOf(statusHistory);
    parties = parties == null ? List.of() : List.copyOf(parties);
    documents = documents == null ? List.of() : List.copyOf(documents);
    deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    decisionIds = decisionIds == null ? List.of() : List.copyOf(decisionIds);
  }
}
