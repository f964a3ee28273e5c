package dk.workbench.contracts.interactions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A citizen's interactions, newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InteractionList(List<Interaction> interactions) {
  public InteractionList {
    interactions = interactions == null ? List.of() : List.copyOf(interactions);
  }
}
