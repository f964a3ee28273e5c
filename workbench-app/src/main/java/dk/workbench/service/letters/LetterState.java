package dk.workbench.service.letters;

import dk.workbench.cache.LetterStore;

/** Where a letter is in the workflow, as the screens see it. */
public enum LetterState {
  /** Written, waiting for a supervisor's approval. */
  DRAFT,
  /** Approved: may be printed or sent. */
  APPROVED,
  /** Printed on paper. */
  PRINTED,
  /** Sent to the citizen's Digital Post (through the outbox). */
  DISPATCHED;

  static LetterState of(LetterStore.State state) {
    return valueOf(state.name());
  }

  LetterStore.State stored() {
    return LetterStore.State.valueOf(name());
  }
}
