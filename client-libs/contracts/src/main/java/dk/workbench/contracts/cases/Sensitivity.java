package dk.workbench.contracts.cases;

/**
 * How sensitive a case is (after SF1470 {@code Foelsomhed}). {@code SENSITIVE} and
 * {@code CONFIDENTIAL} cases are listed without title and classification for staff without the
 * privilege to read sensitive cases, and cannot be opened by them (403).
 */
public enum Sensitivity {
  NORMAL,
  /** Personal matters such as health or social conditions (GDPR art. 9). */
  SENSITIVE,
  /** Strictly confidential, e.g. child protection. */
  CONFIDENTIAL
}
