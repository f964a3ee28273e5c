package dk.workbench.sandbox.faults;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which faults the sandbox injects, per API, and the seed that makes them repeatable.
 * Immutable. The text form, for the command line ({@code workbench sandbox --faults …}) and
 * {@code POST /sandbox/v1/faults}, is
 *
 * <pre>
 * seed=42;cpr:latency=200ms,jitter=50ms,error=0.1;*:error=1%
 * </pre>
 *
 * <p>Entries are separated by {@code ;}: an optional {@code seed=<number>}, and per API
 * {@code <api>:<key>=<value>,…} where {@code <api>} is one of {@link #APIS} or {@code *} (every
 * API without an entry of its own; an API's own entry replaces {@code *} entirely, and
 * {@code <api>:none} exempts it). Keys:
 * {@code latency}, {@code jitter}, {@code hangFor}, {@code retryAfter} (durations such as
 * {@code 250ms}, {@code 2s}, {@code 1m}); {@code error}, {@code hang}, {@code malformed},
 * {@code truncated} (shares such as {@code 0.1} or {@code 10%}, together at most 1);
 * {@code status} ({@code 500} or {@code 503}, the default). The sandbox's own endpoints
 * ({@code /sandbox/v1/…}) are never faulted.
 *
 * @param seed the seed of the fault draws; null for a random one
 * @param byApi the faults per API name or {@code *}
 */
public record Faults(Long seed, Map<String, ApiFault> byApi) {
  /** Every API for all the others. */
  public static final String ALL = "*";

  /** The API names faults may be set for (the {@code api} of the sandbox's routes). */
  public static final List<String> APIS = List.of(
      "cpr", "cases", "benefits", "decisions", "digitalpost", "accesslog", "fuldmagt", "interactions", "letters");

  private static final Faults NONE = new Faults(null, Map.of());

  public Faults {
    Objects.requireNonNull(byApi, "byApi == null");
    Map<String, ApiFault> copy = new TreeMap<>(Faults::compareApis);
    byApi.forEach((api, fault) -> {
      checkApi(api);
      copy.put(api, Objects.requireNonNull(fault, "fault of " + api + " == null"));
    });
    byApi = Collections.unmodifiableMap(copy);
  }

  /** No faults. */
  public static Faults none() {
    return NONE;
  }

  /** These faults for one API (or {@code *}) in addition to the others. */
  public Faults with(String api, ApiFault fault) {
    Map<String, ApiFault> all = new LinkedHashMap<>(byApi);
    all.put(api, fault);
    return new Faults(seed, all);
  }

  public Faults withSeed(Long seed) {
    return new Faults(seed, byApi);
  }

  /** The faults of an API: its own entry, else the {@code *} entry, else none. */
  public ApiFault forApi(String api) {
    ApiFault own = byApi.get(api);
    if (own != null) {
      return own;
    }
    return byApi.getOrDefault(ALL, ApiFault.NONE);
  }

  /** True when nothing is injected. */
  public boolean isNone() {
    return byApi.values().stream().allMatch(ApiFault::isNone);
  }

  /**
   * Reads the text form (see the class comment). Blank text, or {@code none}, is no faults.
   *
   * @throws IllegalArgumentException with a message that names the entry and says what is wrong
   */
  public static Faults parse(String text) {
    return FaultText.parse(text);
  }

  /** The text form, which {@link #parse(String)} reads back to equal faults; {@code none} when there are none. */
  public String toText() {
    return FaultText.format(this);
  }

  @Override
  public String toString() {
    return toText();
  }

  static void checkApi(String api) {
    if (api == null || !(api.equals(ALL) || APIS.contains(api))) {
      String hint = "sandbox".equals(api) ? " (the sandbox's own endpoints are never faulted)" : "";
      throw new IllegalArgumentException("unknown API '" + api + "'" + hint + "; known APIs: "
          + String.join(", ", APIS) + ", or * for all");
    }
  }

  /** Known APIs in the order of {@link #APIS}, {@code *} last. */
  private static int compareApis(String a, String b) {
    return Integer.compare(order(a), order(b));
  }

  private static int order(String api) {
    int i = APIS.indexOf(api);
    return i >= 0 ? i : APIS.size();
  }
}
