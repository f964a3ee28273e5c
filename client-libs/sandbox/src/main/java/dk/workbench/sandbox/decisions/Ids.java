package dk.workbench.sandbox.decisions;

import java.math.BigInteger;
import java.util.OptionalInt;

/**
 * Seven-digit numbers for case numbers and decision ids that look arbitrary but encode which
 * person (by position in the population) and which of their items they belong to, so that
 * {@code GET …/{id}} finds the person without an index of every id. A bijection modulo 10^7:
 * {@code (n × MULTIPLIER + offset(seed)) mod 10^7} with {@code n = personIndex × 64 + ordinal}.
 */
public final class Ids {
  private static final long MODULUS = 10_000_000L;
  private static final long MULTIPLIER = 3_141_593L; // odd and not a multiple of 5: invertible mod 10^7
  private static final long INVERSE = BigInteger.valueOf(MULTIPLIER).modInverse(BigInteger.valueOf(MODULUS)).longValue();
  /** Items (cases, decisions) one person may have per kind. */
  public static final int PER_PERSON = 64;

  private final long offset;

  public Ids(long seed) {
    this.offset = Math.floorMod(seed * 7_919L + 1_234_567L, MODULUS);
  }

  /** The seven digits for a person's {@code ordinal}-th item. */
  public String number(int personIndex, int ordinal) {
    if (ordinal < 0 || ordinal >= PER_PERSON || personIndex < 0 || (long) personIndex * PER_PERSON >= MODULUS) {
      throw new IllegalArgumentException("out of range");
    }
    long n = (long) personIndex * PER_PERSON + ordinal;
    return String.format("%07d", Math.floorMod(n * MULTIPLIER + offset, MODULUS));
  }

  /** The person index encoded in seven digits, if they are seven digits. */
  public OptionalInt personIndex(String sevenDigits) {
    if (sevenDigits == null || !sevenDigits.matches("[0-9]{7}")) {
      return OptionalInt.empty();
    }
    long n = Math.floorMod((Long.parseLong(sevenDigits) - offset) * INVERSE, MODULUS);
    return OptionalInt.of((int) (n / PER_PERSON));
  }
}
