package dk.workbench.contracts.cases;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A party to the case (SF1470 {@code Sagspart}): a person by CPR number or a company by CVR
 * number. Persons are never named here; look them up in the CPR API.
 *
 * @param role primary or secondary party
 * @param cpr ten digits, for a person
 * @param cvr eight digits, for a company or authority
 * @param name the company's name (never a person's)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Party(PartyRole role, String cpr, String cvr, String name) {

  /** SF1470 party roles. */
  public enum PartyRole {
    /** Primær part: the citizen the case is about. */
    PRIMAER,
    /** Sekundær part: someone else the case concerns (spouse, child, heir, company). */
    SEKUNDAER
  }
}
