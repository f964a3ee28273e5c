package dk.workbench.service.letters;

import dk.workbench.clients.cpr.CprClient;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.http.ApiException;
import dk.workbench.http.NotFoundException;
import dk.workbench.letters.Letter;
import dk.workbench.letters.LetterComposer;
import dk.workbench.letters.LetterException;
import dk.workbench.letters.LetterRequest;
import dk.workbench.letters.Recipient;
import dk.workbench.letters.Sender;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.Language;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Makes decision letters from a rules-engine facts document or from a back-end decision. Synchronous
 * and thread-agnostic; the HTTP calls block.
 */
public final class DecisionLetters {
  private final DecisionsClient decisions;
  private final CprClient cpr;
  private final LetterComposer composer;
  private final Clock clock;

  public DecisionLetters(DecisionsClient decisions, CprClient cpr, LetterComposer composer, Clock clock) {
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.cpr = Objects.requireNonNull(cpr, "cpr");
    this.composer = Objects.requireNonNull(composer, "composer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What to make a letter with: language, size, date, and whether the caller may print a protected address. */
  public record Options(Language language, boolean largePrint, LocalDate date, boolean protectedAddressPermitted) {
    public Options {
      Objects.requireNonNull(language, "language");
    }
  }

  /**
   * A letter for a facts document (no back-end involved); {@code sender}/{@code recipient} default to the test profile.
   *
   * @throws LetterException for invalid facts or a calculation that cannot state the amount
   */
  public Letter forFacts(String factsJson, Sender sender, Recipient recipient, String reference, Options options)
      throws LetterException {
    Explanation explanation = composer.explain(factsJson);
    return composer.compose(new LetterRequest(explanation, sender == null ? Sender.testProfile() : sender,
        recipient == null ? Recipient.testProfile() : recipient, date(options), reference, options.language(),
        options.largePrint(), options.protectedAddressPermitted()));
  }

  /**
   * A letter for a back-end decision: the decision is fetched, recomputed from its facts (and
   * refused when its amounts do not add up), sent in the name of the deciding authority. The
   * recipient comes from the CPR register when {@code citizen} is given, else from the test profile.
   *
   * @throws LetterException when there is no such decision, or it cannot be explained
   * @throws ApiException when a back-end cannot be reached or fails
   */
  public Letter forDecision(String decisionId, CprNumber citizen, Options options) throws LetterException, ApiException {
    return composeForDecision(decisionId, citizen, options).letter();
  }

  /**
   * A composed decision letter with the parties it was made for (what a draft stores).
   *
   * @param letter the composed letter
   * @param sender the deciding authority
   * @param recipient the citizen (or the test profile)
   */
  public record DecisionLetter(Letter letter, Sender sender, Recipient recipient) {}

  /**
   * As {@link #forDecision}, with the sender and recipient the letter was made for.
   *
   * @throws LetterException when there is no such decision, or it cannot be explained (its amounts
   *     differ from the recomputation)
   * @throws ApiException when a back-end cannot be reached or fails
   */
  public DecisionLetter composeForDecision(String decisionId, CprNumber citizen, Options options)
      throws LetterException, ApiException {
    Decision decision;
    try {
      decision = decisions.getDecision(decisionId);
    } catch (NotFoundException e) {
      throw new LetterException("There is no decision " + decisionId);
    }
    Recipient recipient;
    try {
      recipient = citizen == null ? Recipient.testProfile() : Recipient.of(cpr.lookupPerson(citizen));
    } catch (NotFoundException e) {
      throw new LetterException("The CPR register has no such citizen");
    }
    Explanation explanation = composer.explain(decision);
    Sender sender = decision.authority() == null ? Sender.testProfile()
        : Sender.named(decision.authority().name(), decision.authority().cvr());
    String reference = decision.caseNumber() == null ? decision.id() : decision.caseNumber() + " / " + decision.id();
    return new DecisionLetter(composer.compose(new LetterRequest(explanation, sender, recipient, date(options), reference,
        options.language(), options.largePrint(), options.protectedAddressPermitted())), sender, recipient);
  }

  private LocalDate date(Options options) {
    return options.date() == null ? LocalDate.now(clock) : options.date();
  }
}
