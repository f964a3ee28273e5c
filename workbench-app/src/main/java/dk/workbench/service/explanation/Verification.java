package dk.workbench.service.explanation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The independent recomputation of one decision compared with the back-end's own trace: whether
 * they agree and, when not, which lines differ with both values.
 *
 * @param agrees true when the amounts and every line (amount, value, inputs, rates) are the same
 * @param amountField the result field compared as "the amount": {@code monthly} (folkepension,
 *     boligstøtte) or {@code quarterly} (børne- og ungeydelse)
 * @param backendAmount that field as the back-end decided it, or {@code null} when absent
 * @param recomputedAmount that field as recomputed, or {@code null} when not computable
 * @param differences the differing lines, in the back-end's order; recomputed-only lines last
 */
public record Verification(
    boolean agrees, String amountField, BigDecimal backendAmount, BigDecimal recomputedAmount,
    List<LineDifference> differences) {

  public Verification {
    Objects.requireNonNull(amountField, "amountField");
    differences = List.copyOf(differences);
  }

  /** How a line differs. */
  public enum Kind {
    /** In both, with another amount, value, input or rate. */
    CHANGED,
    /** Only in the back-end's trace. */
    BACKEND_ONLY,
    /** Only in the recomputation. */
    RECOMPUTED_ONLY,
    /** The result totals differ although no line does. */
    RESULT
  }

  /** What within a line differs. */
  public enum DetailKind {
    AMOUNT,
    VALUE,
    INPUT,
    RATE
  }

  /**
   * One differing item of a line. Values are plain text forms ({@code 90528}, {@code 2026-01-01},
   * {@code single}); a rate's {@code backend}/{@code recomputed} is its value and the
   * {@code …ValidFrom} fields its valid-from dates.
   *
   * @param kind amount, value, input or rate
   * @param name the input name or rate key, or {@code null} for the line's amount or value
   * @param backend the back-end's value, or {@code null} when absent there
   * @param recomputed the recomputed value, or {@code null} when absent there
   * @param backendValidFrom for a rate: its valid-from in the back-end's trace
   * @param recomputedValidFrom for a rate: its valid-from in the recomputation
   */
  public record Detail(DetailKind kind, String name, String backend, String recomputed, String backendValidFrom,
      String recomputedValidFrom) {}

  /**
   * One line that differs.
   *
   * @param id {@code rule} or {@code rule[subject]}
   * @param rule the rule id
   * @param kind changed, only in one of them, or the result alone
   * @param backendText the back-end's text of the line (Danish), or {@code null}
   * @param backendAmount the back-end's amount, or {@code null}
   * @param recomputedAmount the recomputed amount, or {@code null}
   * @param details what differs
   */
  public record LineDifference(String id, String rule, Kind kind, String backendText, BigDecimal backendAmount,
      BigDecimal recomputedAmount, List<Detail> details) {
    public LineDifference {
      details = List.copyOf(details);
    }
  }

  /** The differing line with this id, if it differs. */
  public java.util.Optional<LineDifference> difference(String id) {
    return differences.stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
