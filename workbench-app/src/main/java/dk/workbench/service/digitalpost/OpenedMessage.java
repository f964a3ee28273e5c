package dk.workbench.service.digitalpost;

import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A message opened for reading: the MeMo header fields to show and its documents (the main
 * document first), taken from the MeMo message itself.
 *
 * @param notification the MeMo {@code notification} text, if any
 * @param replyBy the day a reply is wanted by, if any
 */
public record OpenedMessage(UUID uuid, String title, String sender, OffsetDateTime created, LocalDate replyBy,
    String notification, boolean legalNotification, List<Document> documents, MemoMessage memo) {
  public OpenedMessage {
    documents = List.copyOf(documents);
  }

  /**
   * One file of the message.
   *
   * @param label the document's label (MeMo {@code MainDocument/label} or {@code AdditionalDocument/label})
   * @param mediaType e.g. {@code application/pdf}
   */
  public record Document(String label, String filename, String mediaType, byte[] content) {
    public Document {
      content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    /** Whether the document is a PDF (rendered page by page). */
    public boolean pdf() {
      return "application/pdf".equalsIgnoreCase(mediaType) || filename != null && filename.toLowerCase().endsWith(".pdf");
    }

    /** No content. */
    @Override
    public String toString() {
      return "Document[" + filename + ", " + mediaType + ", " + content.length + " bytes]";
    }
  }
}
