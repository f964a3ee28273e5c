package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * MeMo {@code MessageBody}: the main document, any additional documents (shown to the
 * citizen as attachments) and technical documents (for systems).
 */
public record MessageBody(
    OffsetDateTime createdDateTime,
    @JsonProperty("MainDocument") MainDocument mainDocument,
    @JsonProperty("AdditionalDocument") List<AdditionalDocument> additionalDocuments,
    @JsonProperty("TechnicalDocument") List<TechnicalDocument> technicalDocuments) {

  public MessageBody {
    additionalDocuments = additionalDocuments == null ? List.of() : List.copyOf(additionalDocuments);
    technicalDocuments = technicalDocuments == null ? List.of() : List.copyOf(technicalDocuments);
  }

  /** The files a citizen can open, in reading order: the main document's, then each additional document's. */
  public List<MemoFile> citizenFiles() {
    List<MemoFile> files = new ArrayList<>();
    if (mainDocument != null) {
      files.addAll(mainDocument.files());
    }
    for (AdditionalDocument document : additionalDocuments) {
      files.addAll(document.files());
    }
    return files;
  }

  /** MeMo {@code MainDocument}: the letter itself. */
  public record MainDocument(
      String mainDocumentID,
      String label,
      @JsonProperty("File") List<MemoFile> files,
      @JsonProperty("Action") List<Action> actions) {
    public MainDocument {
      files = files == null ? List.of() : List.copyOf(files);
      actions = actions == null ? List.of() : List.copyOf(actions);
    }
  }

  /** MeMo {@code AdditionalDocument}: an enclosure. */
  public record AdditionalDocument(
      String additionalDocumentID,
      String label,
      @JsonProperty("File") List<MemoFile> files,
      @JsonProperty("Action") List<Action> actions) {
    public AdditionalDocument {
      files = files == null ? List.of() : List.copyOf(files);
      actions = actions == null ? List.of() : List.copyOf(actions);
    }
  }

  /** MeMo {@code TechnicalDocument}: machine-readable content. */
  public record TechnicalDocument(
      String technicalDocumentID,
      String label,
      @JsonProperty("File") List<MemoFile> files) {
    public TechnicalDocument {
      files = files == null ? List.of() : List.copyOf(files);
    }
  }
}
