package dk.workbench.contracts.letters;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A page of letters, newest first.
 *
 * @param letters this page
 * @param total how many letters match the filter in all
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LetterList(List<LetterListItem> letters, int total) {
  public LetterList {
    letters = letters == null ? List.of() : List.copyOf(letters);
  }
}
