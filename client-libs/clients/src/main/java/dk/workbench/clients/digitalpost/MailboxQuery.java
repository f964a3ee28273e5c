package dk.workbench.clients.digitalpost;

import java.time.LocalDate;

/**
 * Which messages of a mailbox to list, and how many per page.
 *
 * <pre>{@code
 * MailboxQuery.defaults().withSize(50).onlyUnread().between(LocalDate.of(2025, 1, 1), null)
 * }</pre>
 *
 * @param size messages per page, 1 to 100
 * @param unread {@code true} only unread, {@code false} only read, {@code null} all
 * @param from received on or after this day, or {@code null}
 * @param to received on or before this day, or {@code null}
 */
public record MailboxQuery(int size, Boolean unread, LocalDate from, LocalDate to) {
  public static final int MAX_SIZE = 100;

  public MailboxQuery {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
  }

  /** Every message, 20 a page. */
  public static MailboxQuery defaults() {
    return new MailboxQuery(20, null, null, null);
  }

  public MailboxQuery withSize(int size) {
    return new MailboxQuery(size, unread, from, to);
  }

  /** Only messages nobody has opened. */
  public MailboxQuery onlyUnread() {
    return new MailboxQuery(size, Boolean.TRUE, from, to);
  }

  /** Received between the two days, both included; either may be {@code null} for open-ended. */
  public MailboxQuery between(LocalDate from, LocalDate to) {
    return new MailboxQuery(size, unread, from, to);
  }
}
