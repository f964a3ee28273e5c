package dk.workbench.service.letters;

import java.time.Instant;

/**
 * One step in a letter's history.
 *
 * @param at when
 * @param actor the staff user
 * @param role the staff user's role
 * @param action DRAFTED, APPROVED, PRINTED, REPRINTED, QUEUED_FOR_PRINT or DISPATCHED
 */
public record LetterStep(Instant at, String actor, String role, String action) {}
