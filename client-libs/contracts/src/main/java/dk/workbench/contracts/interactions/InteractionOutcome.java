package dk.workbench.contracts.interactions;

/** How a call or visit ended. */
public enum InteractionOutcome {
  /** Answered or done on the spot. */
  RESOLVED,
  /** Needs a follow-up by the given date ({@code followUpDate} is required). */
  FOLLOW_UP_REQUIRED,
  /** Sent on to another authority or unit. */
  REFERRED,
  /** Could not be settled (e.g. missing information, the citizen hung up). */
  UNRESOLVED
}
