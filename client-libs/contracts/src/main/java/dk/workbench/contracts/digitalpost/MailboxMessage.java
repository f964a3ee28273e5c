package dk.workbench.contracts.digitalpost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One message in a mailbox listing: the MeMo header fields a list shows. The whole message is
 * {@code GET /digitalpost/v1/messages/{messageUUID}} (MeMo 1.2 XML).
 *
 * @param label the MeMo {@code label}, the title the citizen sees
 * @param postType the MeMo {@code postType}, e.g. {@code MYNDIGHEDSPOST}
 * @param replyByDate the day a reply is wanted by, if any
 * @param legalNotification whether delivery has legal effect (e.g. a decision)
 * @param read whether the citizen (or someone with access) has opened it
 * @param attachments the files a citizen can open, the main document's first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MailboxMessage(
    UUID messageUUID,
    MessageSender sender,
    String label,
    OffsetDateTime receivedAt,
    String postType,
    LocalDate replyByDate,
    boolean legalNotification,
    boolean read,
    List<AttachmentInfo> attachments) {

  public MailboxMessage {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /**
   * Who sent it.
   *
   * @param name the MeMo sender {@code label}, e.g. "Udbetaling Danmark"
   * @param id the MeMo {@code senderID}, e.g. a CVR number
   * @param idType the MeMo {@code idType}, e.g. {@code CVR}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record MessageSender(String name, String id, String idType) {}

  /**
   * A downloadable file: {@code GET /digitalpost/v1/messages/{uuid}/attachments/{id}}.
   *
   * @param id the file's number within the message, from "1"
   * @param mediaType e.g. {@code application/pdf}
   * @param size bytes
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AttachmentInfo(String id, String filename, String mediaType, long size) {}
}
