package dk.workbench.contracts.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of {@code GET /sandbox/v1/archetypes}: a synthetic person who shows a situation
 * testers need (protected address, deceased, shared custody, …).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchetypeEntry(String cpr, String archetype, String description) {}
