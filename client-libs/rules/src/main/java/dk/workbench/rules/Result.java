package dk.workbench.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result block of an explanation. Amounts that cannot be computed (a parameter is missing) are absent, never
 * zero or guessed.
 *
 * @param totals totals in output order: {@code annual}, {@code monthly} (folkepension, boligstøtte) or
 *     {@code quarterly}, {@code quarterlyBeforeReduction} (børne- og ungeydelse)
 * @param components per component ({@code grundbeloeb}, {@code pensionstillaeg}, {@code child1}, ...,
 *     {@code boligydelse}/{@code boligsikring}): its amounts by name ({@code annual}, {@code monthly},
 *     {@code quarterly}, ...)
 * @param details benefit-specific result fields in output order (e.g. {@code personligTillaegsprocent},
 *     {@code residenceFraction}, {@code annualReduction})
 * @param unconfirmedParameters keys of C/U/D parameters used, sorted
 * @param missingParameters keys of parameters needed but missing for the period, sorted
 */
public record Result(
    Map<String, BigDecimal> totals,
    Map<String, Map<String, BigDecimal>> components,
    Map<String, Object> details,
    List<String> unconfirmedParameters,
    List<String> missingParameters) {

  public Result {
    totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
    LinkedHashMap<String, Map<String, BigDecimal>> c = new LinkedHashMap<>();
    components.forEach((k, v) -> c.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    components = Collections.unmodifiableMap(c);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    unconfirmedParameters = List.copyOf(unconfirmedParameters);
    missingParameters = List.copyOf(missingParameters);
  }

  /** The annual total, if computable. */
  public Optional<BigDecimal> annual() {
    return Optional.ofNullable(totals.get("annual"));
  }

  /** The monthly total, if computable. */
  public Optional<BigDecimal> monthly() {
    return Optional.ofNullable(totals.get("monthly"));
  }

  /** The quarterly total (børne- og ungeydelse), if computable. */
  public Optional<BigDecimal> quarterly() {
    return Optional.ofNullable(totals.get("quarterly"));
  }

  /** One amount of a component, e.g. {@code component("pensionstillaeg", "annual")}, if computable. */
  public Optional<BigDecimal> component(String component, String amount) {
    Map<String, BigDecimal> c = components.get(component);
    return c == null ? Optional.empty() : Optional.ofNullable(c.get(amount));
  }

  /** A benefit-specific field, if present. */
  public Optional<Object> detail(String name) {
    return Optional.ofNullable(details.get(name));
  }
}
