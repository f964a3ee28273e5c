package dk.workbench.service.letters;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiException;
import dk.workbench.letters.FileLetterPrinter;
import dk.workbench.letters.LetterException;
import dk.workbench.letters.LetterPrinter;
import dk.workbench.letters.SystemLetterPrinter;
import dk.workbench.rules.Language;
import dk.workbench.service.letters.DecisionLetters.DecisionLetter;
import dk.workbench.service.letters.LetterService.Actor;
import dk.workbench.service.letters.LetterService.BatchProgress;
import dk.workbench.service.letters.LetterService.BatchResult;
import dk.workbench.service.letters.LetterService.Routing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The letter screens' use cases on top of {@link LetterService}: a decision letter made and
 * stored as a draft in one step, the list of letters with the authorities to filter by, and the
 * workflow steps with the printer chosen here (the system print dialog, or "print to file" into
 * a folder for headless runs). Synchronous and thread-agnostic: HTTP, rendering, printing and
 * SQLite block, so call it off the FX thread.
 */
public final class LetterDesk {
  /** How many letters a screen lists at most. */
  public static final int LIST_LIMIT = 10_000;

  private final DecisionLetters decisionLetters;
  private final LetterService letters;
  private final Path printFolder;

  /**
   * @param printFolder where "Udskriv" writes its jobs as PDF files instead of printing ("print to
   *     file", for headless runs and tests); {@code null} for the system printer with its dialog
   */
  public LetterDesk(DecisionLetters decisionLetters, LetterService letters, Path printFolder) {
    this.decisionLetters = Objects.requireNonNull(decisionLetters, "decisionLetters");
    this.letters = Objects.requireNonNull(letters, "letters");
    this.printFolder = printFolder;
  }

  /**
   * Makes the letter for a back-end decision and stores it as a draft by {@code author}. The
   * address of a recipient with name-and-address protection is never printed from here (the
   * letter goes c/o the authority).
   *
   * @return the new letter's number
   * @throws LetterRefusedException when there is no such decision, or its amounts differ from the
   *     recomputation (the message says which)
   * @throws ApiException when a back-end cannot be reached or fails
   */
  public long draftFromDecision(String decisionId, CprNumber citizen, Language language, boolean largePrint, Actor author)
      throws LetterRefusedException, ApiException {
    DecisionLetter made;
    try {
      made = decisionLetters.composeForDecision(decisionId, citizen,
          new DecisionLetters.Options(language, largePrint, null, false));
    } catch (LetterException e) {
      throw new LetterRefusedException(e.getMessage());
    }
    return letters.draft(citizen, made.recipient(), made.sender(), made.letter(), author);
  }

  /** The letters a filter picks (at most {@value #LIST_LIMIT}), oldest first; {@code null} means any.
   *
   * @throws ApiException when the letters back-end cannot be reached */
  public List<LetterSummary> list(LetterState state, Boolean digitalPost, String authority) throws ApiException {
    return letters.list(new LetterService.Filter(state, digitalPost, authority, LIST_LIMIT));
  }

  /** The authorities that sent any stored letter, sorted. */
  public List<String> authorities() throws ApiException {
    return letters.authorities();
  }

  /** One letter as listed. */
  public LetterSummary summary(long id) throws LetterRefusedException, ApiException {
    return letters.summary(id);
  }

  /** Every step of a letter, with who and when. */
  public List<LetterStep> history(long id) throws LetterRefusedException, ApiException {
    return letters.history(id);
  }

  /** The letter's pages for the preview (the identical letter as it prints). Close it when done. */
  public LetterPreview preview(long id) throws IOException, LetterRefusedException, ApiException {
    return letters.preview(id);
  }

  /** @see LetterService#approve */
  public void approve(long id, Actor approver) throws LetterRefusedException, ApiException {
    letters.approve(id, approver);
  }

  /** @see LetterService#route */
  public Routing send(long id, Actor actor) throws LetterRefusedException, ApiException {
    return letters.route(id, actor);
  }

  /**
   * Prints one letter on the configured printer (the system dialog first).
   *
   * @return false when the user cancelled the print dialog
   * @see LetterService#print
   */
  public boolean print(long id, Actor actor) throws LetterRefusedException, IOException, ApiException {
    return letters.print(id, actor, printer());
  }

  /**
   * Prints the letters picked as one job on the configured printer, or writes them as one merged
   * PDF to {@code mergedFile} when it is given.
   *
   * @see LetterService#printBatch(List, Actor, LetterPrinter, BatchProgress, BooleanSupplier)
   */
  public BatchResult printBatch(List<Long> picked, Actor actor, Path mergedFile, BatchProgress progress,
      BooleanSupplier cancel) throws IOException, ApiException {
    LetterPrinter printer = mergedFile == null ? printer() : (pdf, jobName) -> {
      Path partial = mergedFile.resolveSibling(mergedFile.getFileName() + ".part");
      Files.copy(pdf, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, mergedFile, StandardCopyOption.REPLACE_EXISTING);
      return true;
    };
    return letters.printBatch(picked, actor, printer, progress, cancel);
  }

  private LetterPrinter printer() {
    return printFolder == null ? new SystemLetterPrinter(true) : new FileLetterPrinter(printFolder);
  }
}
