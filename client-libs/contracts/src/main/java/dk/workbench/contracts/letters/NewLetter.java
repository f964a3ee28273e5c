package dk.workbench.contracts.letters;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code POST /letters/v1/letters}: a draft letter with what it can be rendered again
 * from. The author comes from the bearer token. Sent with an {@code Idempotency-Key} header.
 *
 * @param cpr the citizen's CPR number (ten digits)
 * @param authority the sending authority's name
 * @param senderCvr the sending authority's CVR number (for the Digital Post message)
 * @param digitalPost the route: true when the recipient gets Digital Post, false when exempt (paper)
 * @param recipientName the recipient's name as printed (for lists)
 * @param subject the letter's heading (for lists)
 * @param templateVersion the template version the letter was made with
 * @param language {@code da-DK} or {@code en-GB}
 * @param largePrint true for the large-print variant
 * @param inputs the template's inputs as JSON text (every text and amount as printed)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewLetter(String cpr, String authority, String senderCvr, boolean digitalPost, String recipientName,
    String subject, String templateVersion, String language, boolean largePrint, String inputs) {
  /** No personal data. */
  @Override
  public String toString() {
    return "NewLetter[" + authority + ", template " + templateVersion + ", " + language + "]";
  }
}
