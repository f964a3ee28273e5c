package dk.workbench.contracts.fuldmagt;

/** A party to a power of attorney: a person (CPR) or an organisation (CVR). */
public enum PartyType {
  PERSON,
  ORGANISATION
}
