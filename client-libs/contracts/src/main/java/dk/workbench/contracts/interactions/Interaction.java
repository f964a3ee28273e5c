package dk.workbench.contracts.interactions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recorded call, visit or message with a citizen.
 *
 * @param id stable identifier
 * @param occurredAt when the contact took place
 * @param recordedAt when it was recorded
 * @param channel phone, visit …
 * @param reasons why the citizen made contact; at least one
 * @param notes the staff member's notes (personal data: never logged)
 * @param outcome how it ended
 * @param followUpDate when to follow up; present for {@link InteractionOutcome#FOLLOW_UP_REQUIRED}
 * @param staff who recorded it
 * @param followUpAssignee who follows up, if named
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Interaction(
    String id,
    Instant occurredAt,
    Instant recordedAt,
    InteractionChannel channel,
    List<InteractionReason> reasons,
    String notes,
    InteractionOutcome outcome,
    LocalDate followUpDate,
    StaffReference staff,
    String followUpAssignee) {

  public Interaction {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** Without an assignee for the follow-up. */
  public Interaction(String id, Instant occurredAt, Instant recordedAt, InteractionChannel channel,
      List<InteractionReason> reasons, String notes, InteractionOutcome outcome, LocalDate followUpDate,
      StaffReference staff) {
    this(id, occurredAt, recordedAt, channel, reasons, notes, outcome, followUpDate, staff, null);
  }

  /** No notes. */
  @Override
  public String toString() {
    return "Interaction[id=" + id + ", channel=" + channel + ", reasons=" + reasons + ", outcome=" + outcome + "]";
  }
}
