package dk.workbench.contracts.letters;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.workbench.contracts.auth.StaffRole;
import java.time.Instant;

/**
 * One recorded step of a letter.
 *
 * @param at when
 * @param actor the staff user name (from the token)
 * @param role their role
 * @param action DRAFTED, APPROVED, PRINTED, REPRINTED, QUEUED_FOR_PRINT or DISPATCHED
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LetterEvent(Instant at, String actor, StaffRole role, String action) {}
