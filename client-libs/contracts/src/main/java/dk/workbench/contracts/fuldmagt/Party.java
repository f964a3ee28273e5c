package dk.workbench.contracts.fuldmagt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A grantor or grantee: a person by CPR number or an organisation by CVR number, with a name.
 *
 * @param type person or organisation
 * @param cpr ten digits, for a person
 * @param cvr eight digits, for an organisation
 * @param name the person's full name or the organisation's name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Party(PartyType type, String cpr, String cvr, String name) {

  public static Party person(String cpr, String name) {
    return new Party(PartyType.PERSON, cpr, null, name);
  }

  public static Party organisation(String cvr, String name) {
    return new Party(PartyType.ORGANISATION, null, cvr, name);
  }

  /** The CPR or CVR number, whichever this party has. */
  public String identifier() {
    return type == PartyType.PERSON ? cpr : cvr;
  }

  /** No CPR number, no name. */
  @Override
  public String toString() {
    return "Party[" + type + (cvr == null ? "" : ", cvr=" + cvr) + "]";
  }
}
