package dk.workbench.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal helpers. Every rounding the engine does goes through a method here and gets its own trace line. */
final class Num {
  static final BigDecimal ZERO = BigDecimal.ZERO;
  static final BigDecimal ONE = BigDecimal.ONE;
  static final BigDecimal TWO = BigDecimal.valueOf(2);
  static final BigDecimal THREE = BigDecimal.valueOf(3);
  static final BigDecimal FOUR = BigDecimal.valueOf(4);
  static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Rounding rule ids, as they appear in {@code Line.roundingRule}. */
  static final String NEAREST_KRONE = "nearest-krone-half-up";
  static final String UP_TO_KRONE = "up-to-whole-krone";
  static final String NEAREST_PERCENT = "nearest-whole-percent-half-up";
  static final String STARTED_STEPS = "each-started-step-counts";
  static final String NEAREST_OERE = "nearest-oere-half-up";
  static final String DOWN_TO_12 = "down-to-multiple-of-12";

  private Num() {}

  static BigDecimal max0(BigDecimal x) {
    return x.signum() < 0 ? ZERO : x;
  }

  static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  static BigDecimal nearestKrone(BigDecimal x) {
    return x.setScale(0, RoundingMode.HALF_UP);
  }

  static BigDecimal upToKrone(BigDecimal x) {
    return x.setScale(0, RoundingMode.CEILING);
  }

  static BigDecimal nearestOere(BigDecimal x) {
    return x.setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code a / b} rounded half up to whole units, computed exactly. */
  static BigDecimal divideNearest(BigDecimal a, BigDecimal b) {
    return a.divide(b, 0, RoundingMode.HALF_UP);
  }

  /** {@code a / b} rounded up (ceiling) to whole units, computed exactly. */
  static BigDecimal divideUp(BigDecimal a, BigDecimal b) {
    return a.divide(b, 0, RoundingMode.CEILING);
  }

  /** {@code a / b} shown with {@code scale} decimals (display only; never used for further arithmetic). */
  static BigDecimal approx(BigDecimal a, BigDecimal b, int scale) {
    return a.divide(b, scale, RoundingMode.HALF_UP);
  }

  /** Largest multiple of 12 not above {@code x} (x not negative). */
  static BigDecimal downToMultipleOf12(BigDecimal x) {
    return x.divide(TWELVE, 0, RoundingMode.FLOOR).multiply(TWELVE);
  }

  /** Strips a scale-0 zero fraction for tidy output ({@code 44500.00} to {@code 44500}). */
  static BigDecimal tidy(BigDecimal x) {
    if (x == null || x.scale() <= 0) {
      return x;
    }
    BigDecimal s = x.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
