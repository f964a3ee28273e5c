package dk.workbench.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the person card shows, decided by the service: the address is already withheld when
 * it is protected, so no view can show it by mistake.
 *
 * @param address the one-line address; empty when protected or when there is none (emigrated, deceased)
 * @param civilStatusCode the CPR civil status code (U, G, F, E, P, O, L, D)
 * @param deathDate set when the person is deceased
 * @param emigrationDate set when the person has emigrated
 * @param household spouse, children and custody holders, from the CPR relations
 */
public record PersonSummary(
    String fullName,
    LocalDate birthDate,
    int age,
    Optional<String> address,
    boolean addressProtected,
    String civilStatusCode,
    boolean digitalPostRegistered,
    boolean underGuardianship,
    Optional<LocalDate> deathDate,
    Optional<LocalDate> emigrationDate,
    boolean testData,
    Household household) {

  /**
   * The person's household as the CPR relations give it, without looking anyone else up: ages
   * come from the relatives' CPR numbers.
   *
   * @param spouseAge the spouse's or registered partner's age, if any
   * @param childrenAges the children's ages, youngest first
   * @param custodyHolders who holds custody over this person ("Mor", "Far", "Anden"), for a child
   */
  public record Household(Optional<Integer> spouseAge, List<Integer> childrenAges, List<String> custodyHolders) {
    public static final Household NONE = new Household(Optional.empty(), List.of(), List.of());
  }
}
