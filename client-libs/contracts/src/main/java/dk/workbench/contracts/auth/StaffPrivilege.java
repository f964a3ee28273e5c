package dk.workbench.contracts.auth;

/** What a staff member's token allows; see {@link StaffRole} for who has which. */
public enum StaffPrivilege {
  PERSON_READ,
  /** See an address under name and address protection (navne- og adressebeskyttelse). */
  PROTECTED_ADDRESS_READ,
  CASE_READ,
  /** Open cases marked sensitive (e.g. social or health matters). */
  SENSITIVE_CASE_READ,
  BENEFIT_READ,
  DECISION_READ,
  DIGITAL_POST_READ,
  DIGITAL_POST_SEND,
  ACCESS_LOG_READ,
  ACCESS_LOG_WRITE,
  POWER_OF_ATTORNEY_READ,
  INTERACTION_READ,
  INTERACTION_WRITE,
  /** Read the shared decision letters. */
  LETTER_READ,
  /** Draft letters and take workflow steps (approving also needs the SUPERVISOR role). */
  LETTER_WRITE
}
