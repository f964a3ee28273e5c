package dk.workbench.contracts.letters;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A letter as the letters API keeps it: the draft as sent, its number, state, author and every step.
 *
 * @param id the letter's number
 * @param state where it is in the workflow
 * @param createdAt when it was drafted
 * @param createdBy who drafted it (from the token)
 * @param letter the draft as sent
 * @param steps every step in order, the first one DRAFTED
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredLetter(long id, LetterStatus state, Instant createdAt, String createdBy, NewLetter letter,
    List<LetterEvent> steps) {
  public StoredLetter {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  @Override
  public String toString() {
    return "StoredLetter[" + id + ", " + state + "]";
  }
}
