package dk.workbench.contracts.accesslog;

/** Why the data was accessed: the project's small purpose catalogue (Data Tracker "action", VNG "doel"). */
public enum AccessPurpose {
  /** Answering the citizen's own call, visit or message (borgerhenvendelse). */
  CITIZEN_INQUIRY,
  /** Processing a case about the citizen (sagsbehandling). */
  CASE_PROCESSING,
  /** Calculating or paying a benefit (udbetaling). */
  PAYMENT,
  /** Checking entitlement or correctness after the fact (kontrol). */
  CONTROL,
  /** Tax assessment (forskudsopgørelse, årsopgørelse). */
  TAX_ASSESSMENT,
  /** Treatment by a health-care provider (behandling). */
  HEALTH_CARE,
  /** Criminal investigation (efterforskning). */
  INVESTIGATION,
  /** Delivering a letter to the citizen's Digital Post. */
  DIGITAL_POST_DELIVERY,
  /** The citizen, or someone holding their power of attorney, looking at their own data. */
  SELF_SERVICE
}
