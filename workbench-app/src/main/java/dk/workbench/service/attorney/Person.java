package dk.workbench.service.attorney;

import dk.workbench.contracts.cpr.CprNumber;
import java.util.Objects;

/**
 * A person in an acting-for session: the one who acts (the caller or visitor) or the citizen
 * acted for. Chosen by CPR number or from a name search's candidates.
 *
 * @param name the full name as the CPR register has it
 */
public record Person(CprNumber cpr, String name) {
  public Person {
    Objects.requireNonNull(cpr, "cpr == null");
    Objects.requireNonNull(name, "name == null");
  }

  /** No CPR number, no name. */
  @Override
  public String toString() {
    return "Person[***]";
  }
}
