package dk.workbench.contracts.fuldmagt;

/** How a power of attorney came about. */
public enum PowerOrigin {
  /** Granted in Digital Fuldmagt (MitID) by the grantor. */
  DIGITAL,
  /** A signed general power of attorney on paper (generalfuldmagt), registered by an authority. */
  PAPER_GENERAL,
  /** A guardian appointed under the guardianship act (værgemål). */
  GUARDIANSHIP,
  /** A holder of parental custody (forældremyndighed) over a child under 18. */
  PARENTAL_CUSTODY
}
