package dk.workbench.contracts.fuldmagt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * One power of attorney (fuldmagt), after Digital Fuldmagt and Sweden's "Mina ombud":
 * who granted what to whom, for how long.
 *
 * @param id stable identifier
 * @param grantor the person who granted it (fuldmagtsgiver)
 * @param grantee the person or organisation who holds it (fuldmagtshaver)
 * @param privileges what it allows, from the {@link FuldmagtPrivilege} catalogue
 * @param validFrom first day in force
 * @param validTo last day in force; absent when open-ended
 * @param status where it stands today ({@code EXPIRED} once {@code validTo} has passed)
 * @param origin how it came about
 * @param revokedOn the day it was revoked, for {@code REVOKED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PowerOfAttorney(
    String id,
    Party grantor,
    Party grantee,
    List<FuldmagtPrivilege> privileges,
    LocalDate validFrom,
    LocalDate validTo,
    PowerStatus status,
    PowerOrigin origin,
    LocalDate revokedOn) {

  public PowerOfAttorney {
    privileges = privileges == null ? List.of() : List.copyOf(privileges);
  }
}
