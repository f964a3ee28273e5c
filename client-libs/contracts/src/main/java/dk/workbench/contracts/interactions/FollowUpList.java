package dk.workbench.contracts.interactions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Open follow-ups, the earliest follow-up date first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowUpList(List<FollowUp> followUps) {
  public FollowUpList {
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
  }
}
