package dk.workbench.contracts.fuldmagt;

/** Why a power-of-attorney check came out as it did. */
public enum CheckReason {
  /** A power in force on that day grants the privilege. */
  ALLOWED,
  /** The grantee holds no power from the grantor at all. */
  NO_POWER,
  /** A power exists but has only been requested, not accepted. */
  PENDING,
  /** A power exists but starts after that day. */
  NOT_YET_VALID,
  /** A power existed but ended before that day. */
  EXPIRED,
  /** A power existed but was revoked on or before that day. */
  REVOKED,
  /** A power is in force but does not grant this privilege. */
  PRIVILEGE_NOT_GRANTED
}
