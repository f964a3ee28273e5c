package dk.workbench.contracts.fuldmagt;

/** Where a power of attorney stands. */
public enum PowerStatus {
  /** Asked for but not yet accepted or confirmed; grants nothing yet. */
  REQUESTED,
  /** In force (within its validity). */
  ACTIVE,
  /** Withdrawn by the grantor (or ended by the authority); see {@code revokedOn}. */
  REVOKED,
  /** Its {@code validTo} lies before today. */
  EXPIRED
}
