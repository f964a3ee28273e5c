package dk.workbench.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Facts for børne- og ungeydelse, from one recipient's point of view.
 *
 * @param period the quarter computed
 * @param incomeBasis the recipient's own annual income basis for the reduction (topskattegrundlag; from 2026 the
 *     mellemskat basis less pension deposits / 0,6), kroner
 * @param custody sole custody, or shared custody (the ydelse is halved from 2022)
 * @param spouseIncomeBasis before 2022 only: the spouse's income basis, which then also reduced the ydelse; may be
 *     {@code null} (ignored from 2022)
 * @param children the children, in the order they are numbered {@code child1}, {@code child2}, ...
 */
public record BoerneUngeydelseFacts(
    Period period,
    BigDecimal incomeBasis,
    Custody custody,
    BigDecimal spouseIncomeBasis,
    List<Child> children) implements Facts {

  /** Custody of the children. */
  public enum Custody {
    SOLE("sole"),
    SHARED("shared");

    private final String wireName;

    Custody(String wireName) {
      this.wireName = wireName;
    }

    /** Name in facts files. */
    public String wireName() {
      return wireName;
    }
  }

  /**
   * One child.
   *
   * @param birthDate the child's birth date
   */
  public record Child(LocalDate birthDate) {
    public Child {
      Objects.requireNonNull(birthDate, "birthDate");
    }
  }

  public BoerneUngeydelseFacts {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(incomeBasis, "incomeBasis");
    Objects.requireNonNull(custody, "custody");
    children = List.copyOf(children);
    if (period.kind() != Period.Kind.QUARTER) {
      throw new IllegalArgumentException("period: must be a quarter");
    }
    if (incomeBasis.signum() < 0 || (spouseIncomeBasis != null && spouseIncomeBasis.signum() < 0)) {
      throw new IllegalArgumentException("incomeBasis: must not be negative");
    }
    for (Child c : children) {
      if (!c.birthDate().isBefore(period.endExclusive())) {
        throw new IllegalArgumentException("children: birth date after the period");
      }
    }
  }

  @Override
  public Benefit benefit() {
    return Benefit.BOERNE_UNGEYDELSE;
  }
}
