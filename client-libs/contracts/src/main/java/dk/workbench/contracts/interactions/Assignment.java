package dk.workbench.contracts.interactions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code PUT /interactions/v1/interactions/{id}/assignee}: who follows the interaction up.
 *
 * @param assignee a username or a queue such as {@code supervisors}; 1 to 100 characters
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Assignment(String assignee) {}
