package dk.workbench.contracts.cpr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * SF1520 {@code relationer}: spouse, children, parents, and who holds parental custody
 * (forældremyndighed) over this person.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Relationer(
    PersonRelation aegtefaelle,
    List<PersonRelation> barn,
    PersonRelation mor,
    PersonRelation far,
    List<Foraeldremyndighed> foraeldremyndighed) {

  public Relationer {
    barn = barn == null ? List.of() : List.copyOf(barn);
    foraeldremyndighed = foraeldremyndighed == null ? List.of() : List.copyOf(foraeldremyndighed);
  }

  /** A relation to another person by CPR number. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PersonRelation(String personnummer, LocalDate relationStartdato) {}

  /**
   * A holder of custody over this person; {@code foraeldremyndighedtype} is "Mor", "Far" or
   * "Anden". Two holders at different addresses means shared custody.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Foraeldremyndighed(String personnummer, String foraeldremyndighedtype, LocalDate startdato) {}
}
