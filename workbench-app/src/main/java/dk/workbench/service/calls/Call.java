package dk.workbench.service.calls;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.contracts.interactions.NewInteraction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A call (or visit, or e-mail) with a citizen in progress: the interaction record before wrap-up.
 * Immutable; the {@code with…} methods give the changed copy.
 *
 * @param id stable for the call, also across a restart
 * @param citizen who it is about
 * @param startedAt when the look-up started it (the timer counts from here)
 * @param channel phone, visit …
 * @param reasons the reason codes picked, in the order picked
 * @param notes free text (personal data: never logged)
 * @param outcome the wrap-up code; null until chosen
 * @param followUpDate for {@link InteractionOutcome#FOLLOW_UP_REQUIRED}
 * @param followUpAssignee who follows up; optional
 */
public record Call(String id, CprNumber citizen, Instant startedAt, InteractionChannel channel, List<InteractionReason> reasons,
    String notes, InteractionOutcome outcome, LocalDate followUpDate, String followUpAssignee) {

  public Call {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(citizen, "citizen");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(channel, "channel");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    notes = notes == null ? "" : notes;
  }

  public Call withChannel(InteractionChannel value) {
    return new Call(id, citizen, startedAt, value, reasons, notes, outcome, followUpDate, followUpAssignee);
  }

  public Call withReasons(List<InteractionReason> value) {
    return new Call(id, citizen, startedAt, channel, value, notes, outcome, followUpDate, followUpAssignee);
  }

  public Call withNotes(String value) {
    return new Call(id, citizen, startedAt, channel, reasons, value, outcome, followUpDate, followUpAssignee);
  }

  public Call withOutcome(InteractionOutcome value) {
    return new Call(id, citizen, startedAt, channel, reasons, notes, value, followUpDate, followUpAssignee);
  }

  public Call withFollowUp(LocalDate date, String assignee) {
    return new Call(id, citizen, startedAt, channel, reasons, notes, outcome, date, assignee);
  }

  /** The record the interactions API gets. */
  NewInteraction toRecord() {
    boolean followUp = outcome == InteractionOutcome.FOLLOW_UP_REQUIRED;
    String assignee = followUp && followUpAssignee != null && !followUpAssignee.isBlank() ? followUpAssignee.strip() : null;
    return new NewInteraction(startedAt, channel, reasons, notes.isBlank() ? null : notes, outcome,
        followUp ? followUpDate : null, assignee);
  }

  /** No notes, no citizen. */
  @Override
  public String toString() {
    return "Call[id=" + id + ", channel=" + channel + ", reasons=" + reasons + ", outcome=" + outcome + "]";
  }
}
