package dk.workbench.contracts.interactions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /interactions/v1/citizens/{cpr}/interactions}. The staff member comes from
 * the bearer token. Sent with an {@code Idempotency-Key} header.
 *
 * @param occurredAt when the contact took place; the server's time when absent; not in the future
 * @param channel required
 * @param reasons at least one reason code
 * @param notes free text, at most 4,000 characters
 * @param outcome required
 * @param followUpDate required for {@link InteractionOutcome#FOLLOW_UP_REQUIRED}, not before today
 * @param followUpAssignee who follows up (a username or a queue such as {@code supervisors}); optional
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewInteraction(
    Instant occurredAt,
    InteractionChannel channel,
    List<InteractionReason> reasons,
    String notes,
    InteractionOutcome outcome,
    LocalDate followUpDate,
    String followUpAssignee) {

  public NewInteraction {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** Without an assignee for the follow-up. */
  public NewInteraction(Instant occurredAt, InteractionChannel channel, List<InteractionReason> reasons, String notes,
      InteractionOutcome outcome, LocalDate followUpDate) {
    this(occurredAt, channel, reasons, notes, outcome, followUpDate, null);
  }

  /** No notes. */
  @Override
  public String toString() {
    return "NewInteraction[channel=" + channel + ", reasons=" + reasons + ", outcome=" + outcome + "]";
  }
}
