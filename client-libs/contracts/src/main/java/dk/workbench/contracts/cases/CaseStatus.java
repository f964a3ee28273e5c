package dk.workbench.contracts.cases;

/** SF1470 {@code FremdriftStatusKode}: how far a case has come. */
public enum CaseStatus {
  /** Opstået: the case exists (an application or a report was received). */
  OPSTAAET,
  /** Oplyst: the facts are gathered. */
  OPLYST,
  /** Afgjort: a decision was made. */
  AFGJORT,
  /** Afsluttet: closed. */
  AFSLUTTET
}
