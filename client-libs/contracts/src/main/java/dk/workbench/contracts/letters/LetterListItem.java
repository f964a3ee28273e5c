package dk.workbench.contracts.letters;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** One letter in a list: what a queue shows, without the inputs and steps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LetterListItem(long id, LetterStatus state, String cpr, String authority, boolean digitalPost,
    Instant createdAt, String createdBy, String recipientName, String subject, String language, boolean largePrint) {
  /** No personal data. */
  @Override
  public String toString() {
    return "LetterListItem[" + id + ", " + state + ", " + authority + "]";
  }
}
