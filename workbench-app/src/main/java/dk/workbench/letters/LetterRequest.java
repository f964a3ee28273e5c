package dk.workbench.letters;

import dk.workbench.rules.Explanation;
import dk.workbench.rules.Language;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a decision letter is made from.
 *
 * @param explanation the rules engine's explanation of the decision
 * @param sender the authority sending the letter
 * @param recipient the citizen
 * @param date the letter's date (also the start of the complaint deadline)
 * @param reference the case or decision reference, or {@code null}
 * @param language Danish or English
 * @param largePrint true for the large-print variant
 * @param protectedAddressPermitted true only when the caller's role permits printing a protected address
 */
public record LetterRequest(
    Explanation explanation,
    Sender sender,
    Recipient recipient,
    LocalDate date,
    String reference,
    Language language,
    boolean largePrint,
    boolean protectedAddressPermitted) {
  public LetterRequest {
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(language, "language");
  }
}
