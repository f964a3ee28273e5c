package dk.workbench.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the person card shows, decided by the service: the address is already withheld when
 * it is protected, so no view can show it by mistake.
 *
 * @param address the one-line address; empty when protected or when there is none (emigrated, deceased)
 * @param civilStatusCode the CPR civil status code (U, G, F, E, P, O, L, D)
 * @param deathDate set when the person is deceased
 * @param emigrationDate set when the person has emigrated
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
    boolean testData) {}
