package dk.workbench.contracts.cpr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The answer of a person search: every match as a candidate (possibly none, possibly several),
 * never a silent pick of one.
 *
 * @param candidates the matches, ordered by name and then CPR number, at most {@link #MAX_CANDIDATES}
 * @param total how many persons matched (more than {@code candidates.size()} when truncated)
 * @param truncated true when there were more than {@link #MAX_CANDIDATES} matches; narrow the search
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonSearchResult(List<PersonCandidate> candidates, int total, boolean truncated) {
  /** The most candidates one answer lists. */
  public static final int MAX_CANDIDATES = 50;

  public PersonSearchResult {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }
}
