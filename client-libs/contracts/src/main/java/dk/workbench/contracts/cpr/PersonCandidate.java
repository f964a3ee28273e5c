package dk.workbench.contracts.cpr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * One match of a person search ({@code GET /cpr/v1/persons?navn=…&foedselsdato=…} or
 * {@code ?telefon=…}): enough to tell candidates apart and pick one deliberately, never the
 * whole record.
 *
 * @param personnummer ten digits, no dash
 * @param navn the person's name
 * @param foedselsdato birth date
 * @param status CPR status (01 active, 80 emigrated, 90 deceased …) and its date
 * @param aktuelAdresse the current Danish address; absent when there is none, or when it is
 *     protected and the caller may not read protected addresses
 * @param adressebeskyttet true when name and address protection is set (then the address is
 *     only present for callers with the privilege to read protected addresses)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonCandidate(
    String personnummer,
    Persondata.Navn navn,
    LocalDate foedselsdato,
    Persondata.Status status,
    Adresse.AktuelAdresse aktuelAdresse,
    boolean adressebeskyttet) {

  /** No personal data. */
  @Override
  public String toString() {
    return "PersonCandidate[status=" + (status == null ? null : status.status()) + ", adressebeskyttet="
        + adressebeskyttet + "]";
  }
}
