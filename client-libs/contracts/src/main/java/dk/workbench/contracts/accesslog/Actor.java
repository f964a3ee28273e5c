package dk.workbench.contracts.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Who accessed the data (MinLog {@code bruger}/{@code brugerOrganisation}).
 *
 * @param type employee, system or citizen
 * @param organisation the authority responsible for the access (for a citizen: the self-service portal's owner)
 * @param role the employee's or system's role, e.g. "Sagsbehandler", "Pensionsberegning"
 * @param employeeName the employee's name, only where the organisation allows it to be shown
 * @param nameWithheld true when an employee's name is withheld (police, intelligence, special tax control)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Actor(ActorType type, Organisation organisation, String role, String employeeName, boolean nameWithheld) {

  /** Never the employee's name. */
  @Override
  public String toString() {
    return "Actor[type=" + type + ", organisation=" + organisation + ", role=" + role + "]";
  }
}
