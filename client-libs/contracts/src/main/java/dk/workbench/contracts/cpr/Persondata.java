package dk.workbench.contracts.cpr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * SF1520 {@code persondata}.
 *
 * @param koen "K" (kvinde) or "M" (mand)
 * @param umyndiggoerelse present when the person is under guardianship (umyndiggjort)
 * @param adressebeskyttelse present when name and address are protected
 * @param tilmeldtDigitalpost false when the person is exempt from (fritaget for) Digital Post
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Persondata(
    Navn navn,
    String koen,
    LocalDate foedselsdato,
    Status status,
    Civilstand civilstand,
    Umyndiggoerelse umyndiggoerelse,
    Adressebeskyttelse adressebeskyttelse,
    boolean tilmeldtDigitalpost,
    boolean tilmeldtNemsms) {

  /** SF1520 {@code navn}; {@code adresseringsnavn} is the CPR's "Efternavn,Fornavn Mellemnavn" form. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Navn(String fornavn, String mellemnavn, String efternavn, String adresseringsnavn) {

    /** Given names, middle names and surname as one would write them on a letter. */
    public String fuldtNavn() {
      StringBuilder b = new StringBuilder(fornavn == null ? "" : fornavn);
      if (mellemnavn != null && !mellemnavn.isBlank()) {
        b.append(' ').append(mellemnavn);
      }
      if (efternavn != null && !efternavn.isBlank()) {
        b.append(' ').append(efternavn);
      }
      return b.toString().strip();
    }
  }

  /** SF1520 {@code status}: the CPR status code (01 active, 80 emigrated, 90 deceased, …) and its date. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Status(String status, LocalDate statusdato) {
    public static final String AKTIV = "01";
    public static final String UDREJST = "80";
    public static final String DOED = "90";
  }

  /**
   * SF1520 {@code civilstand}: code U (ugift), G (gift), F (fraskilt), E (enke/enkemand),
   * P (registreret partner), O (ophævet partnerskab), L (længstlevende partner), D (død).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Civilstand(String civilstandKode, LocalDate civilstandsdato) {}

  /** SF1520 {@code umyndiggoerelse}: under guardianship since {@code startdato}, with the guardian's name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Umyndiggoerelse(LocalDate startdato, String vaergenavn) {}

  /** SF1520 {@code adressebeskyttelse}: name and address protection from {@code startdato}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Adressebeskyttelse(LocalDate startdato, LocalDate slutdato) {}
}
