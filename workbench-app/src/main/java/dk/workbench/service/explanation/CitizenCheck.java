package dk.workbench.service.explanation;

import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cpr.CprNumber;
import java.util.List;

/**
 * The recomputation of all of one citizen's decisions.
 *
 * @param cpr the citizen
 * @param checked how many decisions were recomputed
 * @param disagreements the decisions whose recomputation differs from the back-end's
 * @param unreadable decisions that could not be recomputed (facts the rules engine rejects), with the reason
 */
public record CitizenCheck(CprNumber cpr, int checked, List<Disagreement> disagreements, List<String> unreadable) {
  public CitizenCheck {
    disagreements = List.copyOf(disagreements);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * A decision the workbench recomputes differently.
   *
   * @param decisionId the decision
   * @param benefit its benefit
   * @param period the period decided
   * @param verification amounts and differing lines
   */
  public record Disagreement(String decisionId, BenefitType benefit, String period, Verification verification) {}
}
