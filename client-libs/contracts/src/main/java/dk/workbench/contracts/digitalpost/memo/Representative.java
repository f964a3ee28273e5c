package dk.workbench.contracts.digitalpost.memo;

/** MeMo {@code Representative}: who sends on the sender's behalf. */
public record Representative(String representativeID, String idType, String label) {}
