package dk.workbench.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/** "Print to file": each job becomes {@code <jobName>.pdf} in a folder. For headless runs and tests. */
public final class FileLetterPrinter implements LetterPrinter {
  private final Path folder;

  public FileLetterPrinter(Path folder) {
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  /** Where the jobs are written. */
  public Path folder() {
    return folder;
  }

  @Override
  public boolean print(Path pdf, String jobName) throws IOException {
    if (!jobName.matches("[A-Za-z0-9._-]{1,100}")) {
      throw new IllegalArgumentException("a job name for a file is 1-100 letters, digits, '.', '_' or '-'");
    }
    Files.createDirectories(folder);
    Files.copy(pdf, folder.resolve(jobName + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
    return true;
  }
}
