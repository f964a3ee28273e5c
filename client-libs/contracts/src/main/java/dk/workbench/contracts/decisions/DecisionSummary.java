package dk.workbench.contracts.decisions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cases.Authority;
import java.time.LocalDate;

/**
 * One decision in a citizen's list ({@code GET /decisions/v1/citizens/{cpr}/decisions}); fetch
 * {@code GET /decisions/v1/decisions/{id}} for its facts and calculation trace.
 *
 * @param id the decision's id
 * @param benefit the benefit decided on
 * @param title Danish, e.g. "Folkepension – årlig regulering 2026"
 * @param period the period computed, as in the rules engine ({@code 2026-01} or {@code 2026-Q1})
 * @param decisionDate the day the decision was made
 * @param validFrom first day it applies
 * @param validTo last day it applies; absent while open-ended
 * @param result the amounts granted
 * @param authority who decided
 * @param caseNumber the case it was made on, in the cases API
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionSummary(
    String id,
    BenefitType benefit,
    String title,
    String period,
    LocalDate decisionDate,
    LocalDate validFrom,
    LocalDate validTo,
    DecisionResult result,
    Authority authority,
    String caseNumber) {}
