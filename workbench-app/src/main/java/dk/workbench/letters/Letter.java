package dk.workbench.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one decision letter shows, already composed in its language: what {@link LetterRenderer}
 * lays out. Made by {@link LetterComposer}; stored in a {@link LetterRecord} so the identical letter
 * can be rendered again.
 *
 * @param language BCP 47 tag of the text: {@code da-DK} or {@code en-GB}
 * @param largePrint true for the large-print variant (body text 16 pt)
 * @param title the document title (also its metadata title)
 * @param sender the sender block: authority, address, CVR
 * @param recipient the recipient block; routed via the authority when the address is protected
 * @param issued the letter's date (also its metadata date)
 * @param date the date line
 * @param reference the reference line, or {@code null}
 * @param subject the heading
 * @param decisionHeading heading of the decision section
 * @param decision the decision in one sentence
 * @param amountsHeading heading of the amounts table
 * @param amounts the amounts (label, amount in the language's format)
 * @param explanationHeading heading of the explanation
 * @param explanationIntro one paragraph before the explanation lines
 * @param explanation the explanation lines in calculation order
 * @param legalHeading heading of the legal basis
 * @param legalBasis the legal references the decision rests on
 * @param complaintHeading heading of the complaint guidance (klagevejledning)
 * @param complaint paragraphs of the complaint guidance, including the deadline
 * @param contactHeading heading of the contact section
 * @param contact contact lines
 * @param pageLabel page number pattern with {@code {0}} (page) and {@code {1}} (pages), e.g. "Side {0} af {1}"
 */
public record Letter(
    String language,
    boolean largePrint,
    String title,
    List<String> sender,
    List<String> recipient,
    LocalDate issued,
    String date,
    String reference,
    String subject,
    String decisionHeading,
    String decision,
    String amountsHeading,
    List<Amount> amounts,
    String explanationHeading,
    String explanationIntro,
    List<Step> explanation,
    String legalHeading,
    List<String> legalBasis,
    String complaintHeading,
    List<String> complaint,
    String contactHeading,
    List<String> contact,
    String pageLabel) {

  /** Version of the letter template (texts and layout); a stored letter names the version it was made with. */
  public static final String TEMPLATE_VERSION = "1";

  public Letter {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    sender = List.copyOf(sender);
    recipient = List.copyOf(recipient);
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(decision, "decision");
    amounts = List.copyOf(amounts);
    explanation = List.copyOf(explanation);
    legalBasis = List.copyOf(legalBasis);
    complaint = List.copyOf(complaint);
    contact = List.copyOf(contact);
    Objects.requireNonNull(pageLabel, "pageLabel");
  }

  /** The same letter in the other size. */
  public Letter withLargePrint(boolean large) {
    return new Letter(language, large, title, sender, recipient, issued, date, reference, subject, decisionHeading, decision,
        amountsHeading, amounts, explanationHeading, explanationIntro, explanation, legalHeading, legalBasis,
        complaintHeading, complaint, contactHeading, contact, pageLabel);
  }

  /**
   * One row of the amounts table.
   *
   * @param label what the amount is, e.g. "Om måneden"
   * @param amount the amount as printed, e.g. "1.234,50 kr."
   */
  public record Amount(String label, String amount) {}

  /**
   * One explanation line.
   *
   * @param text the line's text
   * @param details legal basis, inputs with their sources, and the arithmetic, one per entry
   */
  public record Step(String text, List<String> details) {
    public Step {
      Objects.requireNonNull(text, "text");
      details = List.copyOf(details);
    }
  }

  @Override
  public String toString() {
    return "Letter[" + language + (largePrint ? ", large print" : "") + ", " + explanation.size() + " steps]";
  }
}
