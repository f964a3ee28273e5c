package dk.workbench.service.digitalpost;

/** The mailbox's folders. */
public enum Folder {
  /** Everything: unread first, each part newest first. */
  INBOX,
  /** Only unread, newest first. */
  UNREAD,
  /** Only read, newest first. */
  READ
}
