package dk.workbench.service.letters;

import java.time.Instant;

/**
 * A stored letter as the letter screens list it. Holds no full CPR number: the citizen is the
 * recipient's name and the CPR number masked to its birth date ({@code 010203-xxxx}).
 *
 * @param id the letter's number
 * @param state where it is in the workflow
 * @param authority the sending authority
 * @param digitalPost true when the recipient is registered for Digital Post (false: exempt, paper)
 * @param createdAt when it was drafted
 * @param createdBy who drafted it (staff user name)
 * @param recipientName the recipient's name as printed
 * @param maskedCpr the CPR number with its last four digits hidden
 * @param subject the letter's heading
 * @param language {@code da-DK} or {@code en-GB}
 * @param largePrint true for the large-print variant
 */
public record LetterSummary(long id, LetterState state, String authority, boolean digitalPost, Instant createdAt,
    String createdBy, String recipientName, String maskedCpr, String subject, String language, boolean largePrint) {
  @Override
  public String toString() {
    return "LetterSummary[" + id + ", " + state + ", " + authority + "]";
  }
}
