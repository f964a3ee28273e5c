package dk.workbench.rules.parameters;

import java.util.Objects;

/**
 * A legal anchor: the law, the consolidation (lovbekendtgørelse) when known, and the provision (§, stk., nr., pkt.).
 *
 * @param law the law's name, e.g. {@code Lov om social pension}
 * @param consolidation the consolidation in force, e.g. {@code LBK nr. 1123 af 21/10/2024}; {@code null} when the
 *     reference material does not record which consolidation applied
 * @param provision the provision, e.g. {@code § 31, stk. 2, nr. 1}; may describe a workbench convention when no legal
 *     text was found (then it says so)
 */
public record LegalReference(String law, String consolidation, String provision) {
  public LegalReference {
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(provision, "provision");
  }

  /** The same law and consolidation with another provision. */
  public LegalReference provision(String otherProvision) {
    return new LegalReference(law, consolidation, otherProvision);
  }

  /** One-line Danish form, e.g. {@code Lov om social pension (LBK nr. 1123 af 21/10/2024) § 31, stk. 2}. */
  @Override
  public String toString() {
    return consolidation == null ? law + " " + provision : law + " (" + consolidation + ") " + provision;
  }
}
