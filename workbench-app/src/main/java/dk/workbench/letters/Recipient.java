package dk.workbench.letters;

import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who the letter is for, as the CPR register gives it.
 *
 * @param name the full name
 * @param address postal address lines (street, postcode and town); empty when there is none
 * @param addressProtected true when the CPR register marks the name and address as protected
 *     (navne- og adressebeskyttelse): the address is then never printed unless the caller's role permits it
 * @param digitalPost true when the recipient is registered for Digital Post (not exempt)
 */
public record Recipient(String name, List<String> address, boolean addressProtected, boolean digitalPost) {
  public Recipient {
    Objects.requireNonNull(name, "name");
    address = List.copyOf(address);
  }

  /** A synthetic test recipient (for letters from a facts file without a recipient). */
  public static Recipient testProfile() {
    return new Recipient("Test Testesen", List.of("Testvej 1, 2. th.", "8000 Aarhus C"), false, false);
  }

  /**
   * The recipient as the CPR register gives it. Any registered name-and-address protection
   * counts as protected (a protection with an end date in the past too: when in doubt, route).
   */
  public static Recipient of(Person person) {
    var data = person.persondata();
    String name = data.navn() == null ? "" : data.navn().fuldtNavn();
    List<String> lines = new ArrayList<>(2);
    Adresse.AktuelAdresse a = person.adresse() == null ? null : person.adresse().aktuelAdresse();
    if (a != null && a.standardadresse() != null) {
      lines.add(a.standardadresse());
      lines.add((a.postnummer() + " " + (a.postdistrikt() == null ? "" : a.postdistrikt())).strip());
    }
    return new Recipient(name, lines, data.adressebeskyttelse() != null, data.tilmeldtDigitalpost());
  }

  @Override
  public String toString() {
    return "Recipient[protected=" + addressProtected + ", digitalPost=" + digitalPost + "]";
  }
}
