package dk.workbench.contracts.letters;

/** A step a staff user takes on a letter ({@code POST /letters/v1/letters/{id}/steps}). */
public enum LetterAction {
  /** DRAFT → APPROVED; only a SUPERVISOR who is not the letter's author. */
  APPROVE,
  /** APPROVED → PRINTED; on a printed or dispatched letter it is recorded as a reprint. */
  PRINT,
  /** APPROVED → DISPATCHED for a Digital Post recipient; an exempt one stays approved, queued for print. */
  SEND
}
