package dk.workbench.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Facts for boligstøtte. Amounts are annual kroner.
 *
 * @param period the month computed
 * @param pensioner true for boligydelse (folkepensionists), false for boligsikring (everyone else)
 * @param adults number of adults in the household (at least 1)
 * @param children number of children in the household
 * @param annualRent the yearly housing cost (boligudgift)
 * @param annualIncome the household income (husstandsindkomst, § 8) before the wealth addition
 * @param netWealth the household's net wealth; a negative value counts as zero
 */
public record BoligstoetteFacts(
    Period period,
    boolean pensioner,
    int adults,
    int children,
    BigDecimal annualRent,
    BigDecimal annualIncome,
    BigDecimal netWealth) implements Facts {

  public BoligstoetteFacts {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(annualRent, "annualRent");
    Objects.requireNonNull(annualIncome, "annualIncome");
    Objects.requireNonNull(netWealth, "netWealth");
    if (period.kind() != Period.Kind.MONTH) {
      throw new IllegalArgumentException("period: must be a month");
    }
    if (adults < 1) {
      throw new IllegalArgumentException("adults: must be at least 1");
    }
    if (children < 0) {
      throw new IllegalArgumentException("children: must not be negative");
    }
    if (annualRent.signum() < 0) {
      throw new IllegalArgumentException("annualRent: must not be negative");
    }
    if (annualIncome.signum() < 0) {
      throw new IllegalArgumentException("annualIncome: must not be negative");
    }
  }

  @Override
  public Benefit benefit() {
    return Benefit.BOLIGSTOETTE;
  }
}
