package dk.workbench.sandbox.decisions;

import dk.workbench.contracts.cases.Authority;
import dk.workbench.contracts.cases.Authority.AuthorityType;
import java.util.Map;

/**
 * The authorities of the sandbox: Udbetaling Danmark, Skattestyrelsen, the municipalities of
 * the population's addresses and the five regions. Names are the real ones; the CVR numbers are
 * synthetic (eight digits passing the CVR modulus-11 check) and identify nobody.
 */
public final class Authorities {
  private Authorities() {}

  public static final Authority UDBETALING_DANMARK =
      new Authority("Udbetaling Danmark", cvr(2_998_021), AuthorityType.PAYMENT_DENMARK);
  public static final Authority SKATTESTYRELSEN =
      new Authority("Skattestyrelsen", cvr(4_362_652), AuthorityType.TAX_AGENCY);

  private static final Map<String, String> MUNICIPALITIES = Map.ofEntries(
      Map.entry("101", "Københavns Kommune"), Map.entry("147", "Frederiksberg Kommune"),
      Map.entry("157", "Gentofte Kommune"), Map.entry("167", "Hvidovre Kommune"),
      Map.entry("173", "Lyngby-Taarbæk Kommune"), Map.entry("175", "Rødovre Kommune"),
      Map.entry("183", "Ishøj Kommune"), Map.entry("217", "Helsingør Kommune"),
      Map.entry("219", "Hillerød Kommune"), Map.entry("259", "Køge Kommune"),
      Map.entry("265", "Roskilde Kommune"), Map.entry("316", "Holbæk Kommune"),
      Map.entry("326", "Kalundborg Kommune"), Map.entry("330", "Slagelse Kommune"),
      Map.entry("360", "Lolland Kommune"), Map.entry("370", "Næstved Kommune"),
      Map.entry("376", "Guldborgsund Kommune"), Map.entry("400", "Bornholms Regionskommune"),
      Map.entry("410", "Middelfart Kommune"), Map.entry("430", "Faaborg-Midtfyn Kommune"),
      Map.entry("450", "Nyborg Kommune"), Map.entry("461", "Odense Kommune"),
      Map.entry("479", "Svendborg Kommune"), Map.entry("482", "Langeland Kommune"),
      Map.entry("492", "Ærø Kommune"), Map.entry("510", "Haderslev Kommune"),
      Map.entry("540", "Sønderborg Kommune"), Map.entry("550", "Tønder Kommune"),
      Map.entry("561", "Esbjerg Kommune"), Map.entry("563", "Fanø Kommune"),
      Map.entry("573", "Varde Kommune"), Map.entry("580", "Aabenraa Kommune"),
      Map.entry("607", "Fredericia Kommune"), Map.entry("615", "Horsens Kommune"),
      Map.entry("621", "Kolding Kommune"), Map.entry("630", "Vejle Kommune"),
      Map.entry("657", "Herning Kommune"), Map.entry("661", "Holstebro Kommune"),
      Map.entry("665", "Lemvig Kommune"), Map.entry("706", "Syddjurs Kommune"),
      Map.entry("707", "Norddjurs Kommune"), Map.entry("710", "Favrskov Kommune"),
      Map.entry("727", "Odder Kommune"), Map.entry("730", "Randers Kommune"),
      Map.entry("740", "Silkeborg Kommune"), Map.entry("746", "Skanderborg Kommune"),
      Map.entry("751", "Aarhus Kommune"), Map.entry("756", "Ikast-Brande Kommune"),
      Map.entry("760", "Ringkøbing-Skjern Kommune"), Map.entry("779", "Skive Kommune"),
      Map.entry("787", "Thisted Kommune"), Map.entry("791", "Viborg Kommune"),
      Map.entry("813", "Frederikshavn Kommune"), Map.entry("820", "Vesthimmerlands Kommune"),
      Map.entry("851", "Aalborg Kommune"), Map.entry("860", "Hjørring Kommune"));

  /** The municipality with this three-digit kommunekode (an unknown code gets a generic name). */
  public static Authority municipality(String kommunekode) {
    String code = kommunekode == null ? "000" : kommunekode;
    String name = MUNICIPALITIES.getOrDefault(code, "Kommune " + code);
    return new Authority(name, cvr(2_918_000 + Integer.parseInt(code.replaceAll("\\D", "0"))), AuthorityType.MUNICIPALITY);
  }

  /** The region the municipality lies in. */
  public static Authority region(String kommunekode) {
    int code = kommunekode == null ? 101 : Integer.parseInt(kommunekode.replaceAll("\\D", "0"));
    String name;
    if (code == 259 || code == 265 || (code >= 300 && code < 400)) {
      name = "Region Sjælland";
    } else if (code < 410) {
      name = "Region Hovedstaden";
    } else if (code == 615 || code == 657 || code == 661 || code == 665 || (code >= 700 && code < 787) || code == 791) {
      name = "Region Midtjylland";
    } else if (code == 787 || code >= 800) {
      name = "Region Nordjylland";
    } else {
      name = "Region Syddanmark";
    }
    return new Authority(name, cvr(2_919_000 + name.length()), AuthorityType.REGION);
  }

  /** The probate court (skifteretten) of the district: an authority of kind OTHER. */
  public static Authority probateCourt(String town) {
    String name = "Skifteretten, Retten i " + (town == null || town.isBlank() ? "København" : town);
    return new Authority(name, cvr(2_188_000 + Math.floorMod(name.hashCode(), 900)), AuthorityType.OTHER);
  }

  /**
   * An eight-digit CVR number from a seven-digit base: the first base (counting up) whose
   * check digit under the weights 2 7 6 5 4 3 2 1 is not 10. Synthetic: identifies nobody.
   */
  public static String cvr(int base) {
    int[] weights = {2, 7, 6, 5, 4, 3, 2};
    for (int b = base; ; b++) {
      String digits = String.format("%07d", b);
      int sum = 0;
      for (int i = 0; i < 7; i++) {
        sum += (digits.charAt(i) - '0') * weights[i];
      }
      int check = Math.floorMod(-sum, 11);
      if (check < 10) {
        return digits + check;
      }
    }
  }
}
