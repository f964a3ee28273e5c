package dk.workbench.rules.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a parameter, with its provenance.
 *
 * @param key stable parameter key, e.g. {@code folkepension.grundbeloeb}
 * @param validFrom first day the value applies
 * @param validTo first day the value no longer applies, or {@code null} (see {@link Regulation})
 * @param value the exact value, in {@code unit}
 * @param unit {@code DKK/year}, {@code DKK/quarter}, {@code DKK/month}, {@code DKK}, {@code percent} or {@code index}
 * @param regulation how values of this key follow each other in time
 * @param role what the engine does with the parameter
 * @param legalReference law, consolidation and provision
 * @param source URL of the source the value was taken from
 * @param confidence A/B/C/U/D as in RULES.md
 * @param note free-text remark (derivation, flags), or {@code null}
 * @param titleDa short Danish name of the parameter
 * @param titleEn short English name of the parameter
 */
public record ParameterValue(
    String key,
    LocalDate validFrom,
    LocalDate validTo,
    BigDecimal value,
    String unit,
    Regulation regulation,
    Role role,
    LegalReference legalReference,
    String source,
    Confidence confidence,
    String note,
    String titleDa,
    String titleEn) {

  public ParameterValue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(legalReference, "legalReference");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(titleDa, "titleDa");
    Objects.requireNonNull(titleEn, "titleEn");
    if (validTo != null && !validTo.isAfter(validFrom)) {
      throw new IllegalArgumentException(key + ": valid_to must be after valid_from");
    }
  }

  /** True when the value must be shown as unconfirmed (confidence C, U or D). */
  public boolean unconfirmed() {
    return confidence.unconfirmed();
  }

  /** True when the unit is {@code percent}. */
  public boolean isPercent() {
    return "percent".equals(unit);
  }

  /** A percentage as a fraction (30.9 percent gives 0.309); the value itself for any other unit. */
  public BigDecimal fraction() {
    return isPercent() ? value.movePointLeft(2) : value;
  }

  /** Whether this value applies on {@code date} (ignoring later values of the same key). */
  public boolean appliesOn(LocalDate date) {
    if (date.isBefore(validFrom) || (validTo != null && !date.isBefore(validTo))) {
      return false;
    }
    return regulation != Regulation.YEARLY || date.getYear() == validFrom.getYear();
  }
}
