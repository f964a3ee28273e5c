package dk.workbench.contracts.interactions;

/** How the citizen and the staff member were in contact. */
public enum InteractionChannel {
  PHONE,
  /** In person at the citizen service centre (borgerservice). */
  VISIT,
  VIDEO,
  EMAIL,
  /** A secure message through Digital Post or borger.dk. */
  DIGITAL_MESSAGE,
  LETTER
}
