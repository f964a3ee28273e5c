package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * MeMo {@code MessageHeader}.
 *
 * @param messageType {@code DIGITALPOST} or {@code NEMSMS}
 * @param messageUUID the message's identity
 * @param messageID the sender's own id, optional
 * @param messageCode the sender's message type code, optional
 * @param label the title the citizen sees
 * @param notification the notification text (e-mail/SMS), optional
 * @param additionalNotification a longer notification, optional
 * @param reply whether the citizen may reply
 * @param replyByDateTime reply wanted before this, optional
 * @param doNotDeliverUntilDate hold until this day, optional
 * @param mandatory whether the message must be delivered digitally (no paper fallback choice)
 * @param legalNotification whether delivery has legal effect (e.g. a decision)
 * @param postType e.g. {@code MYNDIGHEDSPOST}
 * @param contentData what the message is about (CPR, CVR, case, KLE …), optional
 * @param forwardData set when the message is forwarded, optional
 * @param replyData the conversation this message belongs to
 */
public record MessageHeader(
    String messageType,
    UUID messageUUID,
    String messageID,
    String messageCode,
    String label,
    String notification,
    String additionalNotification,
    Boolean reply,
    OffsetDateTime replyByDateTime,
    LocalDate doNotDeliverUntilDate,
    Boolean mandatory,
    Boolean legalNotification,
    String postType,
    @JsonProperty("Sender") Sender sender,
    @JsonProperty("Recipient") Recipient recipient,
    @JsonProperty("ContentData") ContentData contentData,
    @JsonProperty("ForwardData") ForwardData forwardData,
    @JsonProperty("ReplyData") List<ReplyData> replyData) {

  public static final String DIGITALPOST = "DIGITALPOST";
  public static final String NEMSMS = "NEMSMS";
  public static final String MYNDIGHEDSPOST = "MYNDIGHEDSPOST";

  public MessageHeader {
    replyData = replyData == null ? List.of() : List.copyOf(replyData);
  }

  /** A header with only the required parts; add the rest with the canonical constructor. */
  public static MessageHeader minimal(String messageType, UUID messageUUID, String label, Sender sender,
      Recipient recipient) {
    return new MessageHeader(messageType, messageUUID, null, null, label, null, null, null, null, null, null, null,
        null, sender, recipient, null, null, List.of());
  }
}
