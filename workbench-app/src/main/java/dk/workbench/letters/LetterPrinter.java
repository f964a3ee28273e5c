package dk.workbench.letters;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Prints a rendered letter (or a merged batch of letters). {@link SystemLetterPrinter} sends it to
 * a system printer chosen in the system print dialog; {@link FileLetterPrinter} "prints to file",
 * for headless runs and tests.
 */
public interface LetterPrinter {

  /**
   * Prints the PDF as one job.
   *
   * @param pdf the PDF file
   * @param jobName the job's name (no personal data: it shows in print queues)
   * @return false when the user cancelled the print dialog (nothing printed)
   * @throws IOException when the file cannot be read or the printer fails
   */
  boolean print(Path pdf, String jobName) throws IOException;
}
