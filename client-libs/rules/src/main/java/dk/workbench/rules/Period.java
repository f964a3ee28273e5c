package dk.workbench.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an explanation is computed for: a calendar month ({@code 2024-01}, folkepension and boligstøtte) or a
 * quarter ({@code 2023-Q1}, børne- og ungeydelse). Parameters and rule versions are looked up by {@link #start()}.
 *
 * @param kind month or quarter
 * @param year the year
 * @param index month 1-12 or quarter 1-4
 */
public record Period(Kind kind, int year, int index) {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");

  /** Month or quarter. */
  public enum Kind {
    MONTH,
    QUARTER
  }

  public Period {
    if (kind == null || year < 1900 || year > 2999
        || index < 1 || index > (kind == Kind.MONTH ? 12 : 4)) {
      throw new IllegalArgumentException("invalid period");
    }
  }

  /** The month {@code year-month}. */
  public static Period month(int year, int month) {
    return new Period(Kind.MONTH, year, month);
  }

  /** The quarter {@code year-Qquarter}. */
  public static Period quarter(int year, int quarter) {
    return new Period(Kind.QUARTER, year, quarter);
  }

  /** Parses {@code YYYY-MM}; {@code null} when the text is not a valid month. */
  public static Period parseMonth(String text) {
    Matcher m = MONTH.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 ? month(year, month) : null;
  }

  /** Parses {@code YYYY-Qn}; {@code null} when the text is not a valid quarter. */
  public static Period parseQuarter(String text) {
    Matcher m = QUARTER.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    int q = Integer.parseInt(m.group(2));
    return year >= 1900 && year <= 2999 && q >= 1 && q <= 4 ? quarter(year, q) : null;
  }

  /** First day of the period. */
  public LocalDate start() {
    return LocalDate.of(year, kind == Kind.MONTH ? index : 3 * index - 2, 1);
  }

  /** First day after the period. */
  public LocalDate endExclusive() {
    return start().plusMonths(kind == Kind.MONTH ? 1 : 3);
  }

  /** Number of months in the period (1 or 3). */
  public int months() {
    return kind == Kind.MONTH ? 1 : 3;
  }

  /** The wire form, {@code 2024-01} or {@code 2023-Q1}. */
  @Override
  public String toString() {
    return kind == Kind.MONTH ? String.format("%04d-%02d", year, index) : year + "-Q" + index;
  }
}
