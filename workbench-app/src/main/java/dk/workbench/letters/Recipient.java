package dk.workbench.letters;

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

  @Override
  public String toString() {
    return "Recipient[protected=" + addressProtected + ", digitalPost=" + digitalPost + "]";
  }
}
