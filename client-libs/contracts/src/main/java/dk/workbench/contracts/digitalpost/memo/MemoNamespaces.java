package dk.workbench.contracts.digitalpost.memo;

import java.util.Map;

/**
 * The XML namespaces of MeMo 1.2 and the prefixes the official examples use for them (see
 * {@code shared/specs/memo}). Elements without a namespace of their own are in {@link #MEMO}.
 */
public final class MemoNamespaces {
  private MemoNamespaces() {}

  /** The version this binding reads and writes, the root's {@code memoVersion} attribute. */
  public static final String VERSION = "1.2";

  /** {@code memo}: MeMo's own elements. */
  public static final String MEMO = "https://DigitalPost.dk/MeMo-1";
  /** {@code grd}: the common Danish core model (CPR/CVR data, addresses, production units, EID). */
  public static final String GRD = "https://data.gov.dk/model/core/";
  /** {@code gln}: GS1 global location numbers. */
  public static final String GLN = "https://www.gs1.dk/gs1-standarder/identifikation/gln-global-location-number/";
  /** {@code udd}: education codes (Danmarks Statistik). */
  public static final String UDD =
      "https://www.dst.dk/da/TilSalg/Forskningsservice/Dokumentation/hoejkvalitetsvariable/elevregister-2/udd#";
  /** {@code form}: FORM task keys. */
  public static final String FORM = "http://www.form-online.dk/";
  /** {@code kle}: KLE subject keys. */
  public static final String KLE = "http://kle-online.dk/";
  /** {@code dmv}: the motor register. */
  public static final String DMV = "https://motorregister.skat.dk/";
  /** {@code sor}: the health-care organisation register. */
  public static final String SOR = "https://services.nsi.dk/en/Services/SOR";

  /** Prefix → namespace, declared on the root of every written message, in this order. */
  public static final Map<String, String> PREFIXES = orderedPrefixes();

  private static Map<String, String> orderedPrefixes() {
    var map = new java.util.LinkedHashMap<String, String>();
    map.put("memo", MEMO);
    map.put("gln", GLN);
    map.put("udd", UDD);
    map.put("form", FORM);
    map.put("kle", KLE);
    map.put("dmv", DMV);
    map.put("grd", GRD);
    map.put("sor", SOR);
    return java.util.Collections.unmodifiableMap(map);
  }
}
