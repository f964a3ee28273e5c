package dk.workbench.contracts.cpr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A Danish CPR number (personnummer): ten digits {@code ddmmyy-ssss}.
 *
 * <p>The birth date's century comes from the first digit of the sequence number (the CPR
 * Office's century table); the sex from the parity of the last digit. Modulus 11 is not a
 * validity rule: numbers without a check digit have been issued since 2007, so a failed check
 * only sets {@link #modulus11Warning()}, and not at all for the birth dates on the CPR Office's
 * list of dates issued without check digits.
 *
 * <p>{@link #toString()} is masked so that a number never ends up in a log by accident; use
 * {@link #value()} or {@link #formatted()} where the number is really needed.
 */
public final class CprNumber {

  /** Why a text is not a CPR number. The app turns these into messages in the user's language. */
  public enum Problem {
    EMPTY,
    WRONG_LENGTH,
    NOT_DIGITS,
    MISPLACED_DASH,
    INVALID_DATE,
    FUTURE_DATE
  }

  /** Sex as encoded by the parity of the last digit (odd = male). */
  public enum Sex {
    FEMALE,
    MALE
  }

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
  private static final int[] WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
  private static final Set<LocalDate> NO_CHECK_DIGIT_DATES = loadNoCheckDigitDates();

  private final String digits;
  private final LocalDate birthDate;

  private CprNumber(String digits, LocalDate birthDate) {
    this.digits = digits;
    this.birthDate = birthDate;
  }

  /** Parses {@code ddmmyy-ssss} or ten digits (surrounding blanks ignored), judged against today in Denmark. */
  public static CprNumber parse(String text) throws InvalidCprNumberException {
    return parse(text, LocalDate.now(DANISH_TIME));
  }

  /** As {@link #parse(String)}, with the date that counts as today (birth dates after it are rejected). */
  public static CprNumber parse(String text, LocalDate today) throws InvalidCprNumberException {
    Objects.requireNonNull(today, "today == null");
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InvalidCprNumberException(Problem.EMPTY);
    }
    String digits;
    if (t.length() == 11) {
      if (t.charAt(6) != '-') {
        throw new InvalidCprNumberException(t.indexOf('-') >= 0 ? Problem.MISPLACED_DASH : Problem.WRONG_LENGTH);
      }
      digits = t.substring(0, 6) + t.substring(7);
    } else if (t.length() == 10) {
      digits = t;
    } else {
      throw new InvalidCprNumberException(Problem.WRONG_LENGTH);
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidCprNumberException(c == '-' ? Problem.MISPLACED_DASH : Problem.NOT_DIGITS);
      }
    }
    int day = Integer.parseInt(digits.substring(0, 2));
    int month = Integer.parseInt(digits.substring(2, 4));
    int yy = Integer.parseInt(digits.substring(4, 6));
    int year = century(yy, digits.charAt(6) - '0') + yy;
    LocalDate birthDate;
    try {
      birthDate = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidCprNumberException(Problem.INVALID_DATE);
    }
    if (birthDate.isAfter(today)) {
      throw new InvalidCprNumberException(Problem.FUTURE_DATE);
    }
    return new CprNumber(digits, birthDate);
  }

  /**
   * The century table: the first digit of the sequence number together with the year digits
   * gives the century of birth.
   */
  static int century(int yy, int seventhDigit) {
    switch (seventhDigit) {
      case 0, 1, 2, 3:
        return 1900;
      case 4, 9:
        return yy <= 36 ? 2000 : 1900;
      default: // 5, 6, 7, 8
        return yy <= 57 ? 2000 : 1800;
    }
  }

  /**
   * Builds the number for a birth date and sequence number, for synthetic data. The sequence
   * number must fit the birth year's century; the result need not pass modulus 11.
   */
  public static CprNumber of(LocalDate birthDate, int sequence) {
    if (sequence < 0 || sequence > 9999) {
      throw new IllegalArgumentException("sequence out of range");
    }
    String digits = String.format("%02d%02d%02d%04d",
        birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear() % 100, sequence);
    int yy = birthDate.getYear() % 100;
    if (century(yy, sequence / 1000) + yy != birthDate.getYear()) {
      throw new IllegalArgumentException("sequence does not fit the century of the birth date");
    }
    return new CprNumber(digits, birthDate);
  }

  /** True when the weighted digit sum is divisible by 11 (the pre-2007 check digit rule). */
  public static boolean passesModulus11(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (tenDigits.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }

  /** The ten digits, no dash: the form used on the wire. */
  public String value() {
    return digits;
  }

  /** {@code ddmmyy-ssss}, for display to staff. */
  public String formatted() {
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Sex sex() {
    return (digits.charAt(9) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  public boolean passesModulus11() {
    return passesModulus11(digits);
  }

  /**
   * True when the number fails modulus 11 and its birth date is not one for which numbers
   * without a check digit have been issued: worth a second look, never a reason to refuse.
   */
  public boolean modulus11Warning() {
    return !passesModulus11() && !NO_CHECK_DIGIT_DATES.contains(birthDate);
  }

  /** Age in whole years on the given date. */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(birthDate, date).getYears();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CprNumber other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Masked: a CPR number must never reach a log line. */
  @Override
  public String toString() {
    return "CprNumber[******-****]";
  }

  private static Set<LocalDate> loadNoCheckDigitDates() {
    Set<LocalDate> dates = new HashSet<>();
    try (InputStream in = CprNumber.class.getResourceAsStream("mod11-exception-birthdates.csv")) {
      if (in == null) {
        throw new IllegalStateException("mod11-exception-birthdates.csv missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine(); // header
      for (String line; (line = reader.readLine()) != null; ) {
        String date = line.split(",", 2)[0].strip();
        if (!date.isEmpty()) {
          dates.add(LocalDate.parse(date));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(dates);
  }
}
