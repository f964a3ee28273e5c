package dk.workbench.service.overview;

import dk.workbench.contracts.benefits.Grant;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the overview's sections hold beyond the back-ends' own records. */
public final class OverviewData {
  private OverviewData() {}

  /** Active powers of attorney the citizen has given, and those the citizen holds for others. */
  public record Powers(List<PowerOfAttorney> granted, List<PowerOfAttorney> held) {}

  /** Current and coming grants, and the payments either side of today. */
  public record Benefits(List<Grant> grants, Optional<Payment> lastPayment, Optional<Payment> nextPayment) {}

  /** Payments of the last 24 months, oldest first. */
  public record Payments(LocalDate from, LocalDate to, List<Payment> payments) {}

  /** The newest post, unread first, with the mailbox's counts. */
  public record Post(long total, long unread, List<MailboxMessage> recent) {}

  /** A dated thing to do or attend within the next 90 days. */
  public record DeadlineItem(LocalDate date, String description, String caseNumber, String authority, boolean met) {}
}
