package dk.workbench.contracts.cpr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** SF1520 {@code adresse}: the current Danish address, or emigration details. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Adresse(AktuelAdresse aktuelAdresse, Udrejseoplysninger udrejseoplysninger) {

  /** SF1520 {@code aktuelAdresse}; {@code standardadresse} is the one-line street form. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AktuelAdresse(
      String vejnavn,
      String husnummer,
      String etage,
      String sidedoer,
      String postnummer,
      String postdistrikt,
      String kommunekode,
      String standardadresse,
      LocalDate tilflytningsdato) {

    /** "Vejnavn 12, 2. tv, 8000 Aarhus C". */
    public String enLinje() {
      return standardadresse + ", " + postnummer + " " + postdistrikt;
    }
  }

  /** SF1520 {@code udrejseoplysninger}: emigration date and destination country (ISO 3166 alpha-2). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Udrejseoplysninger(LocalDate udrejsedato, String udrejselandekode) {}
}
