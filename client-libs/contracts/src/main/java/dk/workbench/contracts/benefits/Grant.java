package dk.workbench.contracts.benefits;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.workbench.contracts.cases.Authority;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A benefit granted to a citizen ({@code GET /benefits/v1/citizens/{cpr}/grants}), after the
 * benefit index (ydelsesindeks): what, for which period, how much, and on which decision.
 *
 * @param id the grant's id
 * @param benefit the benefit
 * @param title Danish, e.g. "Folkepension"
 * @param periodFrom first day the grant applies
 * @param periodTo last day it applies; absent while open-ended
 * @param amount kroner with two decimals, per {@code amountPeriod}, before tax
 * @param amountPeriod whether {@code amount} is per month or per quarter
 * @param status whether the grant applies today
 * @param authority who granted it
 * @param decisionId the decision it rests on, in the decisions API
 * @param caseNumber the case it belongs to, in the cases API
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Grant(
    String id,
    BenefitType benefit,
    String title,
    LocalDate periodFrom,
    LocalDate periodTo,
    BigDecimal amount,
    AmountPeriod amountPeriod,
    GrantStatus status,
    Authority authority,
    String decisionId,
    String caseNumber) {

  /** What an amount is per. */
  public enum AmountPeriod {
    MONTH,
    QUARTER
  }

  /** Whether a grant applies today. */
  public enum GrantStatus {
    /** Applies today. */
    ACTIVE,
    /** Granted, from a later day. */
    UPCOMING,
    /** Replaced by a later grant or ended. */
    ENDED
  }
}
