package dk.workbench.service.digitalpost;

import dk.workbench.contracts.digitalpost.Mailbox;

/** Where a new letter to the citizen goes, from their Digital Post registration. */
public enum LetterRoute {
  /** To the Digital Post mailbox. */
  DIGITAL_POST,
  /** Exempt (fritaget): by paper to the citizen's address (and to no mailbox). */
  PAPER_EXEMPT,
  /** Under 15: to the custody holders, or by paper. */
  CUSTODY_HOLDERS,
  /** Deceased: the mailbox is closed; letters go to the estate by paper. */
  CLOSED;

  /** The route for a registration. */
  public static LetterRoute of(Mailbox mailbox) {
    return switch (mailbox.status()) {
      case ACTIVE -> DIGITAL_POST;
      case EXEMPT -> PAPER_EXEMPT;
      case NOT_REGISTERED -> CUSTODY_HOLDERS;
      case CLOSED -> CLOSED;
    };
  }
}
