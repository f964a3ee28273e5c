package dk.workbench.contracts.digitalpost.memo;

import java.util.Arrays;
import java.util.Objects;

/**
 * MeMo {@code File}: one file of a document, its content base64 in the XML.
 *
 * @param encodingFormat the media type, e.g. {@code application/pdf}
 * @param filename shown to the citizen
 * @param language ISO 639-1, e.g. {@code da}
 * @param content the decoded bytes
 */
public record MemoFile(String encodingFormat, String filename, String language, byte[] content) {
  public static final String PDF = "application/pdf";

  public MemoFile {
    content = content == null ? null : content.clone();
  }

  /** A copy of the decoded bytes. */
  @Override
  public byte[] content() {
    return content == null ? null : content.clone();
  }

  /** The number of decoded bytes. */
  public int size() {
    return content == null ? 0 : content.length;
  }

  /** Equal when every component is, the content byte for byte. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MemoFile other
        && Objects.equals(encodingFormat, other.encodingFormat)
        && Objects.equals(filename, other.filename)
        && Objects.equals(language, other.language)
        && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(encodingFormat, filename, language) * 31 + Arrays.hashCode(content);
  }

  /** The content's size, not the content. */
  @Override
  public String toString() {
    return "MemoFile[encodingFormat=" + encodingFormat + ", filename=" + filename + ", language=" + language
        + ", size=" + size() + "]";
  }
}
