package dk.workbench.contracts.accesslog;

/** The kinds of personal data an access touched. */
public enum DataCategory {
  /** Name, CPR number, civil status (CPR basic data). */
  CPR_BASIC,
  ADDRESS,
  /** Spouse, children, parents, custody. */
  FAMILY_RELATIONS,
  /** Income (eIndkomst). */
  INCOME,
  TAX,
  /** Health data (special category, GDPR art. 9). */
  HEALTH,
  CASES,
  BENEFITS,
  DIGITAL_POST,
  POWERS_OF_ATTORNEY
}
