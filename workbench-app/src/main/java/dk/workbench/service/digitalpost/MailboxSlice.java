package dk.workbench.service.digitalpost;

import dk.workbench.contracts.digitalpost.MailboxMessage;
import java.util.List;

/**
 * A run of a folder's messages.
 *
 * @param offset the first message's position in the folder, from 0
 * @param total how many messages the folder holds; -1 when not counted (see
 *     {@link DigitalPostService#firstPage})
 * @param unread how many of the mailbox's messages are unread
 */
public record MailboxSlice(Folder folder, long offset, List<MailboxMessage> messages, long total, long unread) {
  public MailboxSlice {
    messages = List.copyOf(messages);
  }
}
