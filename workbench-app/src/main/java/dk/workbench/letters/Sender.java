package dk.workbench.letters;

import java.util.List;
import java.util.Objects;

/**
 * The authority that sends the letter and how to reach it.
 *
 * @param authority the authority's name, e.g. "Udbetaling Danmark"
 * @param cvr its CVR number, or {@code null}
 * @param address postal address lines
 * @param phone telephone number, as printed
 * @param email e-mail address, or {@code null}
 * @param web web address, or {@code null}
 * @param hours telephone hours, or {@code null}
 */
public record Sender(String authority, String cvr, List<String> address, String phone, String email, String web, String hours) {
  public Sender {
    Objects.requireNonNull(authority, "authority");
    address = List.copyOf(address);
    Objects.requireNonNull(phone, "phone");
  }

  /** Udbetaling Danmark as the test profile's sender (the sandbox's decisions are Payment Denmark's). */
  public static Sender testProfile() {
    return named("Udbetaling Danmark", "29980196");
  }

  /** The test profile's contact details under another authority's name (a sandbox decision names its authority). */
  public static Sender named(String authority, String cvr) {
    return new Sender(authority, cvr, List.of("Kongens Vænge 8", "3400 Hillerød"), "70 12 80 63", "post@example.invalid",
        "www.borger.dk", "mandag-fredag 8-16");
  }
}
