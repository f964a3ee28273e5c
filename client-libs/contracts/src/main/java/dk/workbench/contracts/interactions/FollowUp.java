package dk.workbench.contracts.interactions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An interaction that needs a follow-up, in a work queue: which citizen, and the interaction.
 *
 * @param citizen the citizen's CPR number, ten digits (personal data: never logged)
 * @param interaction the recorded interaction, outcome {@link InteractionOutcome#FOLLOW_UP_REQUIRED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowUp(String citizen, Interaction interaction) {
  /** No citizen. */
  @Override
  public String toString() {
    return "FollowUp[" + interaction + "]";
  }
}
