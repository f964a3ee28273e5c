package dk.workbench.service.attorney;

import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A verbal consent the citizen gave while present or on the line: who may act, their
 * relation to the citizen, what they may do, why, and until when (at most six months).
 *
 * @param id stable id, recorded as the basis in the access log
 * @param citizenCpr the citizen who consents (ten digits)
 * @param representativeCpr who may act (ten digits)
 * @param representativeName who may act, as the CPR register names them
 * @param relation e.g. "datter", "nabo"
 * @param privileges what the consent covers
 * @param reason why, in the staff member's words
 * @param recordedBy the staff user who recorded it
 */
public record VerbalConsent(String id, String citizenCpr, String representativeCpr, String representativeName,
    String relation, Set<FuldmagtPrivilege> privileges, String reason, Instant recordedAt, Instant validUntil,
    String recordedBy) {
  public VerbalConsent {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(validUntil, "validUntil == null");
    privileges = Set.copyOf(privileges);
  }

  /** No CPR numbers, no names. */
  @Override
  public String toString() {
    return "VerbalConsent[id=" + id + ", privileges=" + privileges + ", validUntil=" + validUntil + "]";
  }
}
