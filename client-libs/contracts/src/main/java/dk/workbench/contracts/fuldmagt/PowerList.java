package dk.workbench.contracts.fuldmagt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The answer of {@code GET /fuldmagt/v1/powers}: every power matching the query, oldest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PowerList(List<PowerOfAttorney> powers) {
  public PowerList {
    powers = powers == null ? List.of() : List.copyOf(powers);
  }
}
