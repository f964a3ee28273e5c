package dk.workbench.contracts.cpr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A person's phone numbers, served by {@code GET /cpr/v1/persons/{cpr}/kontakt}. Not part of
 * SF1520 (the CPR register holds no phone numbers); modelled on the contact details a
 * municipality keeps, so that a call agent can find a caller by number.
 *
 * @param telefonnumre the person's numbers, mobile first; empty when none are known
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Kontaktoplysninger(List<Telefonnummer> telefonnumre) {

  public Kontaktoplysninger {
    telefonnumre = telefonnumre == null ? List.of() : List.copyOf(telefonnumre);
  }

  /**
   * One Danish phone number.
   *
   * @param nummer eight digits, without +45, spaces or dashes
   * @param type {@link #MOBIL} or {@link #FASTNET} (a landline, shared by the household)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Telefonnummer(String nummer, String type) {
    public static final String MOBIL = "MOBIL";
    public static final String FASTNET = "FASTNET";

    /** No personal data. */
    @Override
    public String toString() {
      return "Telefonnummer[type=" + type + "]";
    }
  }
}
