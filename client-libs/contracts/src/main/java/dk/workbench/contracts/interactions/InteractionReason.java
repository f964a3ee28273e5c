package dk.workbench.contracts.interactions;

/** The small catalogue of reason codes for a call or visit (henvendelsesårsag). */
public enum InteractionReason {
  /** Folkepension: entitlement, amount, supplements. */
  PENSION,
  /** Børne- og ungeydelse. */
  CHILD_BENEFIT,
  /** Boligstøtte. */
  HOUSING_BENEFIT,
  /** A payment: when, how much, set-off. */
  PAYMENT,
  /** A letter or decision the citizen wants explained. */
  DECISION_EXPLANATION,
  /** Digital Post: access, exemption, a lost letter. */
  DIGITAL_POST,
  /** Moving, change of address, CPR details. */
  ADDRESS_CHANGE,
  /** Powers of attorney and guardianship. */
  POWER_OF_ATTORNEY,
  /** Tax card, forskudsopgørelse. */
  TAX,
  /** A complaint about a decision or the service. */
  COMPLAINT,
  /** Handing in documents. */
  DOCUMENTS,
  OTHER
}
