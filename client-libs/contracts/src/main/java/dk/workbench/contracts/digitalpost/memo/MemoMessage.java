package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Objects;

/**
 * One MeMo 1.2 message ({@code memo:Message}), the format of Danish Digital Post: a header
 * (who, to whom, about what) and, except for NemSMS, a body with the documents. Read and write
 * it with {@link MemoXml}. Element names follow MeMo; optional elements are {@code null},
 * repeated ones empty lists.
 *
 * @param memoVersion the root's {@code memoVersion} attribute, {@value MemoNamespaces#VERSION}
 * @param messageHeader {@code MessageHeader}, required
 * @param messageBody {@code MessageBody}; absent for NemSMS
 */
@JacksonXmlRootElement(namespace = MemoNamespaces.MEMO, localName = "Message")
public record MemoMessage(
    @JacksonXmlProperty(isAttribute = true, localName = "memoVersion") String memoVersion,
    @JsonProperty("MessageHeader") MessageHeader messageHeader,
    @JsonProperty("MessageBody") MessageBody messageBody) {

  /** A version {@value MemoNamespaces#VERSION} message. */
  public static MemoMessage of(MessageHeader header, MessageBody body) {
    return new MemoMessage(MemoNamespaces.VERSION, Objects.requireNonNull(header, "header == null"), body);
  }
}
