package dk.workbench.sandbox.decisions;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * The economic facts of one person that no register in the sandbox holds, drawn
 * deterministically from the seed and the CPR number: incomes, tax card, rent, debt, and a few
 * dice for which cases and benefits they have. Every field is drawn in a fixed order whether it
 * is used or not, so adding a use never changes another value.
 *
 * @param work annual work income (løn) before AM-bidrag, 0 for pensioners and the unemployed
 * @param other annual other taxable income (dagpenge, kontanthjælp …) for those without work
 * @param atp annual ATP livslang pension (pensioners)
 * @param pension annual private or labour-market pension (pensioners), may be 0
 * @param capital annual net capital income, may be 0
 * @param residenceYears years of residence in Denmark between 15 and pension age
 * @param taxPercent the tax card's trækprocent, whole percent
 * @param monthlyDeduction the tax card's monthly fradrag used on benefits (0 when used elsewhere)
 * @param annualRent yearly rent (boligudgift)
 * @param debt debt to Gældsstyrelsen (restskat) collected by set-off, whole kroner, 0 for most
 * @param housingDie 0-99: whether the person applies for boligstøtte
 * @param caseDice 0-99 each: which municipal and other cases the person has
 * @param wrongDie 0-99: which wrong-decision kind is tried first
 */
public record Profile(
    BigDecimal work,
    BigDecimal other,
    BigDecimal atp,
    BigDecimal pension,
    BigDecimal capital,
    BigDecimal residenceYears,
    int taxPercent,
    BigDecimal monthlyDeduction,
    BigDecimal annualRent,
    BigDecimal debt,
    int housingDie,
    int[] caseDice,
    int wrongDie) {

  /** Full residence: pension age 67 less 15 (the rules cap the fraction at 100 %). */
  static final BigDecimal FULL_RESIDENCE = BigDecimal.valueOf(52);

  /** The profile of a person; the same seed and CPR number always give the same profile. */
  public static Profile of(long seed, String cpr) {
    SplittableRandom rng = new SplittableRandom(seed * 31 + cpr.hashCode());
    int workDie = rng.nextInt(100);
    long work = workDie < 5 ? 0 : workDie < 13 ? hundreds(rng, 700_000, 1_300_000) : hundreds(rng, 220_000, 650_000);
    long other = workDie < 5 ? hundreds(rng, 160_000, 230_000) : 0;
    long atp = hundreds(rng, 9_000, 28_000);
    long pension = rng.nextInt(100) < 60 ? hundreds(rng, 20_000, 240_000) : 0;
    long capital = rng.nextInt(100) < 30 ? hundreds(rng, 1_000, 15_000) : 0;
    long residence = rng.nextInt(100) < 88 ? FULL_RESIDENCE.longValue() : 18 + rng.nextInt(22);
    int taxPercent = 36 + rng.nextInt(7);
    long deduction = rng.nextBoolean() ? 0 : hundreds(rng, 4_200, 4_700);
    long rent = 12 * fifties(rng, 3_800, 8_500);
    long debt = rng.nextInt(100) < 6 ? hundreds(rng, 3_000, 25_000) : 0;
    int housingDie = rng.nextInt(100);
    int[] caseDice = new int[8];
    for (int i = 0; i < caseDice.length; i++) {
      caseDice[i] = rng.nextInt(100);
    }
    int wrongDie = rng.nextInt(100);
    return new Profile(kr(work), kr(other), kr(atp), kr(pension), kr(capital), BigDecimal.valueOf(residence), taxPercent,
        kr(deduction), kr(rent), kr(debt), housingDie, caseDice, wrongDie);
  }

  /** A die of the case dice, 0-99. */
  public int caseDie(int n) {
    return caseDice[n];
  }

  private static long hundreds(SplittableRandom rng, long low, long high) {
    return (low + rng.nextLong(high - low + 1)) / 100 * 100;
  }

  private static long fifties(SplittableRandom rng, long low, long high) {
    return (low + rng.nextLong(high - low + 1)) / 50 * 50;
  }

  private static BigDecimal kr(long kroner) {
    return BigDecimal.valueOf(kroner);
  }
}
