package dk.workbench.contracts.decisions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cases.Authority;
import java.time.LocalDate;
import java.util.List;

/**
 * One Payment Denmark decision in full ({@code GET /decisions/v1/decisions/{id}}): the facts as
 * registered in the source systems, where each came from, the result, and the back-end's own
 * calculation trace. {@code facts} is a facts document and {@code calculation} an explanation
 * document of the rules engine (schema version 1, see {@code docs/rules.md}), so the workbench
 * can recompute the decision from {@code facts} and compare its explanation with
 * {@code calculation} line by line. A decision whose recomputation differs is wrong.
 *
 * @param id the decision's id
 * @param benefit the benefit decided on
 * @param title Danish title
 * @param period the period computed ({@code 2026-01} or {@code 2026-Q1})
 * @param decisionDate the day the decision was made
 * @param validFrom first day it applies
 * @param validTo last day it applies; absent while open-ended
 * @param result the amounts granted (equal to {@code calculation.result})
 * @param authority who decided
 * @param caseNumber the case it was made on
 * @param facts the rules engine facts document
 * @param factSources the source and date of each input in {@code facts}
 * @param calculation the back-end's calculation trace, a rules engine explanation document (Danish texts)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Decision(
    String id,
    BenefitType benefit,
    String title,
    String period,
    LocalDate decisionDate,
    LocalDate validFrom,
    LocalDate validTo,
    DecisionResult result,
    Authority authority,
    String caseNumber,
    JsonNode facts,
    List<FactSource> factSources,
    JsonNode calculation) {

  public Decision {
    factSources = factSources == null ? List.of() : List.copyOf(factSources);
  }

  /** The list entry of this decision. */
  public DecisionSummary summary() {
    return new DecisionSummary(id, benefit, title, period, decisionDate, validFrom, validTo, result, authority, caseNumber);
  }
}
