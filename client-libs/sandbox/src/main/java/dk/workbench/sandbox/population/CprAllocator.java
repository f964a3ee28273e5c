package dk.workbench.sandbox.population;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Hands out unique CPR numbers for given birth dates and sexes, with a sequence number whose
 * first digit fits the CPR Office's century table, and a last digit that is odd for men and
 * even for women. Numbers pass modulus 11 unless a number without check digit is asked for,
 * which only makes sense on the dates where the CPR Office issued such numbers.
 */
final class CprAllocator {
  private static final int[] WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

  /**
   * Birth dates on the CPR Office's list of dates issued without check digit (a subset of
   * {@code mod11-exception-birthdates.csv} in the contracts module).
   */
  static final List<LocalDate> NO_CHECK_DIGIT_DATES = List.of(
      LocalDate.of(1960, 1, 1), LocalDate.of(1962, 1, 1), LocalDate.of(1964, 1, 1), LocalDate.of(1965, 1, 1),
      LocalDate.of(1966, 1, 1), LocalDate.of(1967, 1, 1), LocalDate.of(1969, 1, 1), LocalDate.of(1970, 1, 1),
      LocalDate.of(1974, 1, 1), LocalDate.of(1975, 1, 1), LocalDate.of(1978, 1, 1), LocalDate.of(1980, 1, 1),
      LocalDate.of(1981, 1, 1), LocalDate.of(1982, 1, 1), LocalDate.of(1983, 1, 1), LocalDate.of(1984, 1, 1),
      LocalDate.of(1985, 1, 1), LocalDate.of(1986, 1, 1), LocalDate.of(1987, 1, 1), LocalDate.of(1988, 1, 1),
      LocalDate.of(1989, 1, 1), LocalDate.of(1990, 1, 1), LocalDate.of(1991, 1, 1), LocalDate.of(1992, 1, 1),
      LocalDate.of(1994, 1, 1), LocalDate.of(1995, 1, 1));

  private final Supplier<Random> random;
  private final Set<Long> used = new HashSet<>();

  /** @param random the generator's current random stream */
  CprAllocator(Supplier<Random> random) {
    this.random = random;
  }

  /** The no-check-digit date in the given birth year, or null if the year has none. */
  static LocalDate noCheckDigitDateIn(int year) {
    for (LocalDate d : NO_CHECK_DIGIT_DATES) {
      if (d.getYear() == year) {
        return d;
      }
    }
    return null;
  }

  /**
   * A new number for this birth date and sex.
   *
   * @param withoutCheckDigit true for a number that fails modulus 11 (only on a date of
   *     {@link #NO_CHECK_DIGIT_DATES})
   */
  CprNumber allocate(LocalDate birthDate, boolean male, boolean withoutCheckDigit) {
    if (withoutCheckDigit && !NO_CHECK_DIGIT_DATES.contains(birthDate)) {
      throw new IllegalArgumentException("no numbers without check digit were issued on that date");
    }
    int[] firstDigits = firstDigits(birthDate.getYear());
    int dd = birthDate.getDayOfMonth();
    int mm = birthDate.getMonthValue();
    int yy = birthDate.getYear() % 100;
    int dateSum = WEIGHTS[0] * (dd / 10) + WEIGHTS[1] * (dd % 10) + WEIGHTS[2] * (mm / 10)
        + WEIGHTS[3] * (mm % 10) + WEIGHTS[4] * (yy / 10) + WEIGHTS[5] * (yy % 10);
    long dateKey = (dd * 100L + mm) * 100L + yy;
    int span = firstDigits.length * 1000;
    int start = random.get().nextInt(span);
    for (int i = 0; i < span; i++) {
      int index = (start + i) % span;
      int first = firstDigits[index / 1000];
      int rest = index % 1000;
      int last = rest % 10;
      if ((last % 2 == 1) != male) {
        continue;
      }
      int sum = dateSum + WEIGHTS[6] * first + WEIGHTS[7] * (rest / 100) + WEIGHTS[8] * ((rest / 10) % 10)
          + WEIGHTS[9] * last;
      if ((sum % 11 == 0) == withoutCheckDigit) {
        continue;
      }
      int sequence = first * 1000 + rest;
      if (used.add(dateKey * 10_000L + sequence)) {
        return toCprNumber(birthDate, dd, mm, yy, sequence);
      }
    }
    throw new IllegalStateException("no CPR number left for a birth date");
  }

  /**
   * Writes the ten digits and parses them back with the contracts' own parser, which applies
   * the century table again: a number that would not read back as this birth date is a bug.
   */
  private CprNumber toCprNumber(LocalDate birthDate, int dd, int mm, int yy, int sequence) {
    char[] digits = {
        digit(dd / 10), digit(dd % 10), digit(mm / 10), digit(mm % 10), digit(yy / 10), digit(yy % 10),
        digit(sequence / 1000), digit(sequence / 100 % 10), digit(sequence / 10 % 10), digit(sequence % 10)};
    try {
      CprNumber cpr = CprNumber.parse(new String(digits), birthDate);
      if (!cpr.birthDate().equals(birthDate)) {
        throw new IllegalStateException("sequence number does not fit the century of the birth date");
      }
      return cpr;
    } catch (InvalidCprNumberException e) {
      throw new IllegalStateException("generated an invalid CPR number (" + e.problem() + ")", e);
    }
  }

  private static char digit(int value) {
    return (char) ('0' + value);
  }

  /** First digits of the sequence number that the century table allows for a birth year. */
  static int[] firstDigits(int year) {
    int yy = year % 100;
    if (year >= 1858 && year <= 1899) {
      return new int[] {5, 6, 7, 8};
    }
    if (year >= 1900 && year <= 1999) {
      return yy >= 37 ? new int[] {0, 1, 2, 3, 4, 9} : new int[] {0, 1, 2, 3};
    }
    if (year >= 2000 && year <= 2036) {
      return new int[] {4, 5, 6, 7, 8, 9};
    }
    if (year >= 2037 && year <= 2057) {
      return new int[] {5, 6, 7, 8};
    }
    throw new IllegalArgumentException("the century table has no sequence numbers for that year");
  }
}
