package dk.workbench.contracts.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of {@code GET /sandbox/v1/archetypes}: a synthetic person who shows a situation
 * testers need (protected address, deceased, shared custody, …).
 *
 * @param decisionId for {@code wrong-decision} entries, the decision that is deliberately wrong; else null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchetypeEntry(String cpr, String archetype, String description, String decisionId) {
  public ArchetypeEntry(String cpr, String archetype, String description) {
    this(cpr, archetype, description, null);
  }
}
