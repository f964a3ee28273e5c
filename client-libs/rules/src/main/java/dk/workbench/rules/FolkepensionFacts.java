package dk.workbench.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Facts for folkepension. Amounts are annual kroner.
 *
 * @param period the month computed
 * @param birthDate the pensioner's birth date (CPR)
 * @param civilStatus single ("reelt enlig") or couple (married or cohabiting)
 * @param partnerReceivesSocialPension for a couple: whether the spouse/cohabitant also receives social pension
 * @param residenceYearsInDenmark years of residence in Denmark between age 15 and pension age
 * @param incomes incomes other than social pension, own and partner's
 */
public record FolkepensionFacts(
    Period period,
    LocalDate birthDate,
    CivilStatus civilStatus,
    boolean partnerReceivesSocialPension,
    BigDecimal residenceYearsInDenmark,
    List<Income> incomes) implements Facts {

  /** Civil status as the pension rules use it. */
  public enum CivilStatus {
    SINGLE("single"),
    COUPLE("couple");

    private final String wireName;

    CivilStatus(String wireName) {
      this.wireName = wireName;
    }

    /** Name in facts files. */
    public String wireName() {
      return wireName;
    }
  }

  /** Whose income. */
  public enum Owner {
    SELF("self"),
    PARTNER("partner");

    private final String wireName;

    Owner(String wireName) {
      this.wireName = wireName;
    }

    /** Name in facts files. */
    public String wireName() {
      return wireName;
    }
  }

  /** Income types: work (subject to AM-bidrag), ATP, pension, capital (may be negative), share, other. */
  public enum IncomeType {
    WORK("work"),
    ATP("atp"),
    PENSION("pension"),
    CAPITAL("capital"),
    SHARE("share"),
    OTHER("other");

    private final String wireName;

    IncomeType(String wireName) {
      this.wireName = wireName;
    }

    /** Name in facts files. */
    public String wireName() {
      return wireName;
    }
  }

  /**
   * One income.
   *
   * @param owner self or partner
   * @param type income type
   * @param annual annual amount in kroner; only {@code capital} may be negative
   * @param source where the figure comes from, e.g. {@code eIndkomst 2024-01}
   */
  public record Income(Owner owner, IncomeType type, BigDecimal annual, String source) {
    public Income {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(annual, "annual");
      Objects.requireNonNull(source, "source");
      if (type != IncomeType.CAPITAL && annual.signum() < 0) {
        throw new IllegalArgumentException("annual: must not be negative (only capital income may be)");
      }
    }
  }

  public FolkepensionFacts {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(civilStatus, "civilStatus");
    Objects.requireNonNull(residenceYearsInDenmark, "residenceYearsInDenmark");
    incomes = List.copyOf(incomes);
    if (period.kind() != Period.Kind.MONTH) {
      throw new IllegalArgumentException("period: must be a month");
    }
    if (residenceYearsInDenmark.signum() < 0) {
      throw new IllegalArgumentException("residenceYearsInDenmark: must not be negative");
    }
    if (!birthDate.isBefore(period.start())) {
      throw new IllegalArgumentException("birthDate: must be before the period");
    }
    if (civilStatus == CivilStatus.SINGLE) {
      if (partnerReceivesSocialPension) {
        throw new IllegalArgumentException("partnerReceivesSocialPension: must be false for a single person");
      }
      for (Income i : incomes) {
        if (i.owner() == Owner.PARTNER) {
          throw new IllegalArgumentException("incomes: partner income given for a single person");
        }
      }
    }
  }

  @Override
  public Benefit benefit() {
    return Benefit.FOLKEPENSION;
  }
}
