package dk.workbench.sandbox.fuldmagt;

/**
 * Fictitious CVR numbers for the sandbox's organisations: eight digits that pass the CVR
 * modulus 11 check, derived from the organisation's name so that they never change.
 */
public final class Cvr {
  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  private Cvr() {}

  /** The same name always gives the same number. */
  public static String fictitious(String organisationName) {
    long h = Integer.toUnsignedLong(organisationName.hashCode()) * 2_654_435_761L;
    for (int attempt = 0; ; attempt++) {
      int seven = (int) (1_000_000 + Long.remainderUnsigned(h + attempt * 7_919L, 9_000_000));
      String digits = Integer.toString(seven);
      int sum = 0;
      for (int i = 0; i < 7; i++) {
        sum += (digits.charAt(i) - '0') * WEIGHTS[i];
      }
      int check = (11 - sum % 11) % 11;
      if (check < 10) {
        return digits + check;
      }
    }
  }

  /** Whether the text is eight digits passing the modulus 11 check. */
  public static boolean isValid(String text) {
    if (text == null || !text.matches("[0-9]{8}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (text.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }
}
