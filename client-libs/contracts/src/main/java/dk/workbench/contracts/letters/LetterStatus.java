package dk.workbench.contracts.letters;

/** Where a letter is in the approval workflow. */
public enum LetterStatus {
  /** Written, waiting for a supervisor who is not the author. */
  DRAFT,
  /** Approved: may be printed or sent. */
  APPROVED,
  /** Printed on paper. */
  PRINTED,
  /** Sent to the citizen's Digital Post. */
  DISPATCHED
}
