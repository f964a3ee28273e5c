package dk.workbench.service.explanation;

import com.fasterxml.jackson.databind.JsonNode;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.decisions.FactSource;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.Facts;
import dk.workbench.rules.Input;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision opened in the workspace: as the back-end served it, the facts it rests on, the
 * workbench's own recomputation from those facts, and how the two compare.
 *
 * @param decision the decision with the back-end's trace
 * @param facts the parsed facts
 * @param recomputed the explanation recomputed with the standard rates
 * @param verification recomputation against the back-end's trace
 */
public record OpenedDecision(Decision decision, Facts facts, Explanation recomputed, Verification verification) {
  public OpenedDecision {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(recomputed, "recomputed");
    Objects.requireNonNull(verification, "verification");
  }

  /** The back-end's trace line with this id ({@code rule} or {@code rule[subject]}), if it has one. */
  public Optional<JsonNode> backendLine(String id) {
    JsonNode lines = decision.calculation() == null ? null : decision.calculation().get("lines");
    if (lines != null) {
      for (JsonNode line : lines) {
        if (DecisionVerifier.id(line).equals(id)) {
          return Optional.of(line);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where an input came from and as of which day: the decision's fact source for the input's
   * facts field ({@code incomes[0].annual}, or {@code person.birthDate} for an input sourced
   * {@code facts person.birthDate}); empty for results of earlier lines.
   */
  public Optional<FactSource> source(Input input) {
    String field = input.source().startsWith("facts ") ? input.source().substring("facts ".length()) : input.name();
    for (FactSource s : decision.factSources()) {
      if (s.field().equals(field)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
