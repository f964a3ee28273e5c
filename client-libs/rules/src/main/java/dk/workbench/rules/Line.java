package dk.workbench.rules;

import dk.workbench.rules.parameters.LegalReference;
import dk.workbench.rules.parameters.ParameterValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * One step of an explanation: which rule was applied, on what legal basis, to which inputs and parameters, with what
 * arithmetic and result. Lines are emitted by the engine in a fixed order; the pair ({@link #rule}, {@link #subject})
 * identifies a line across explanations, which is how {@link ExplanationComparison} matches them.
 *
 * @param rule stable rule id, e.g. {@code folkepension.pensionstillaeg.nedsaettelse}
 * @param subject what the line is about when a rule applies several times (e.g. {@code child2}), else {@code null}
 * @param ruleVersion the dated rule version applied, or {@code null} when the rule has a single version
 * @param kind calculation, rounding, condition or information
 * @param legalReference the legal basis of the rule
 * @param inputs facts and earlier results used
 * @param parameters parameter values read, with valid_from, confidence and provenance
 * @param missingParameters keys of parameters this line needed but that have no value for the period
 * @param formula the arithmetic, or {@code null}
 * @param amount the numeric result, or {@code null} when not computable or not numeric
 * @param unit unit of {@code amount} ({@code DKK/year}, {@code DKK/month}, {@code DKK/quarter}, {@code percent},
 *     {@code fraction}, {@code years}), or {@code null}
 * @param value a non-numeric result (a date, yes/no, a status word), or {@code null}
 * @param roundingRule for rounding lines: the rounding rule applied (e.g. {@code nearest-krone-half-up})
 * @param text the explanation text, rendered later in Danish or English
 */
public record Line(
    String rule,
    String subject,
    RuleVersion ruleVersion,
    Kind kind,
    LegalReference legalReference,
    List<Input> inputs,
    List<ParameterValue> parameters,
    List<String> missingParameters,
    Formula formula,
    BigDecimal amount,
    String unit,
    Object value,
    String roundingRule,
    Message text) {

  /** What kind of step a line is. */
  public enum Kind {
    /** A decision on a condition (pension age reached, rule version, which scheme applies). */
    CONDITION,
    /** Arithmetic producing an amount. */
    CALCULATION,
    /** A rounding step, naming its rounding rule. */
    ROUNDING,
    /** Information that does not change any amount (e.g. a limit the engine does not apply). */
    INFORMATION
  }

  /** True when the line used a C, U or D parameter (shown as "unconfirmed rate"). */
  public boolean unconfirmed() {
    for (ParameterValue p : parameters) {
      if (p.unconfirmed()) {
        return true;
      }
    }
    return false;
  }

  /** Identity of the line across explanations: {@code rule} or {@code rule[subject]}. */
  public String id() {
    return subject == null ? rule : rule + "[" + subject + "]";
  }
}
