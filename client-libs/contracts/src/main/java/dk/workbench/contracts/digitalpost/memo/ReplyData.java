package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/** MeMo {@code ReplyData}: one earlier message of the conversation this message answers. */
public record ReplyData(
    String messageID,
    UUID messageUUID,
    UUID replyUUID,
    String senderID,
    String recipientID,
    String caseID,
    String contactPointID,
    String generatingSystemID,
    String comment,
    @JsonProperty("AdditionalReplyData") List<AdditionalReplyData> additionalReplyData) {

  public ReplyData {
    additionalReplyData = additionalReplyData == null ? List.of() : List.copyOf(additionalReplyData);
  }

  /** MeMo {@code AdditionalReplyData}. */
  public record AdditionalReplyData(String label, String value) {}
}
