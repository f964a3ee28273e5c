package dk.workbench.contracts.digitalpost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * A citizen's Digital Post registration: whether post reaches them digitally, an exemption
 * (fritagelse) if they have one, who else may read their post, and how much post there is.
 * Served by {@code GET /digitalpost/v1/mailboxes/{cpr}}.
 *
 * @param personnummer ten digits
 * @param status what happens to a new letter
 * @param exemption set when {@code status} is {@link MailboxStatus#EXEMPT}
 * @param nemSms whether the citizen also receives NemSMS
 * @param readAccess people who may read this mailbox
 * @param messageCount messages in the mailbox
 * @param unreadCount of which unread
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Mailbox(
    String personnummer,
    MailboxStatus status,
    Exemption exemption,
    boolean nemSms,
    List<ReadAccess> readAccess,
    long messageCount,
    long unreadCount) {

  public Mailbox {
    readAccess = readAccess == null ? List.of() : List.copyOf(readAccess);
  }

  /** Whether a new letter can be sent digitally; otherwise it must go by paper. */
  public boolean receivesDigitalPost() {
    return status == MailboxStatus.ACTIVE;
  }

  /** What a mailbox does with new post. */
  public enum MailboxStatus {
    /** Registered: post is delivered digitally. */
    ACTIVE,
    /** Exempt (fritaget) from Digital Post: letters go by paper. */
    EXEMPT,
    /** Under 15, not registered: letters go to the custody holders or by paper. */
    NOT_REGISTERED,
    /** Deceased: the mailbox keeps its old post but receives nothing new. */
    CLOSED
  }

  /**
   * An exemption from Digital Post (fritagelse), granted by the municipality.
   *
   * @param reason the ground, e.g. "Kognitiv funktionsnedsættelse"
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Exemption(LocalDate since, String reason) {}

  /**
   * Someone who may read this citizen's post.
   *
   * @param personnummer the reader's CPR number, when the reader is a person in the register
   * @param name the reader's name
   * @param basis why
   * @param validTo open-ended when absent
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ReadAccess(String personnummer, String name, AccessBasis basis, LocalDate validFrom,
      LocalDate validTo) {}

  /** Why someone may read another's post. */
  public enum AccessBasis {
    /** The citizen gave read access (læseadgang) in Digital Post. */
    GRANTED,
    /** A guardian (værge) appointed under guardianship. */
    GUARDIAN,
    /** A custody holder (forældremyndighedsindehaver) of a child. */
    PARENTAL_CUSTODY
  }
}
