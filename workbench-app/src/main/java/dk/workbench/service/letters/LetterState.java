package dk.workbench.service.letters;

/** Where a letter is in the workflow, as the screens see it. */
public enum LetterState {
  /** Written, waiting for a supervisor's approval. */
  DRAFT,
  /** Approved: may be printed or sent. */
  APPROVED,
  /** Printed on paper. */
  PRINTED,
  /** Sent to the citizen's Digital Post (through the outbox). */
  DISPATCHED
}
