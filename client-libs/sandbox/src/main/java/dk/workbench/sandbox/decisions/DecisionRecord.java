package dk.workbench.sandbox.decisions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cases.Authority;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.decisions.DecisionResult;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.contracts.decisions.FactSource;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.Language;
import dk.workbench.rules.Period;
import dk.workbench.rules.Rendering;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * One decision as the sandbox's Payment Denmark made it: the correct facts (as registered) and
 * the back-end's own explanation, which for a deliberately wrong decision was computed with a
 * wrong rate table or wrong facts ({@link #wrong()}).
 *
 * @param factsJson the rules engine facts document, as registered in the source systems
 * @param backEnd the back-end's explanation; its result is {@link #result()}
 * @param wrong what is deliberately wrong, or {@code null} for a correct decision
 */
public record DecisionRecord(
    String id,
    BenefitType benefit,
    String title,
    Period period,
    LocalDate decisionDate,
    LocalDate validFrom,
    LocalDate validTo,
    DecisionResult result,
    Authority authority,
    String caseNumber,
    String factsJson,
    List<FactSource> factSources,
    Explanation backEnd,
    Wrong wrong) {

  /** What is wrong with a deliberately wrong decision, and its Danish description (no personal data). */
  public record Wrong(Kind kind, String description) {}

  /** The realistic errors the sandbox's back-end makes. */
  public enum Kind {
    /** Last year's rates were used (the rate table was not updated). */
    OUTDATED_RATE,
    /** An old income figure was used instead of the current one. */
    STALE_INCOME,
    /** The civil status used is not the one registered in CPR. */
    WRONG_CIVIL_STATUS
  }

  /** The same decision with another last day. */
  DecisionRecord withValidTo(LocalDate to) {
    return new DecisionRecord(id, benefit, title, period, decisionDate, validFrom, to, result, authority, caseNumber,
        factsJson, factSources, backEnd, wrong);
  }

  /** The list entry. */
  public DecisionSummary summary() {
    return new DecisionSummary(id, benefit, title, period.toString(), decisionDate, validFrom, validTo, result, authority,
        caseNumber);
  }

  /** The decision in full, with the trace rendered as the rules engine's explanation JSON (Danish). */
  public Decision toContract(ObjectMapper mapper) {
    var reader = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    try {
      return new Decision(id, benefit, title, period.toString(), decisionDate, validFrom, validTo, result, authority,
          caseNumber, reader.readTree(factsJson), factSources, reader.readTree(Rendering.json(backEnd, Language.DA)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
