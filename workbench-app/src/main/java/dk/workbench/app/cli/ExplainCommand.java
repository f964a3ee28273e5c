package dk.workbench.app.cli;

import dk.workbench.rules.Explain;
import dk.workbench.rules.FactsException;
import dk.workbench.rules.Language;
import dk.workbench.rules.OutputFormat;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbench explain}: explains (or compares) benefit calculations from facts files. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explains a benefit calculation line by line from a facts file.",
      "Folkepension, børne- og ungeydelse or boligstøtte; with --compare, what changed between two",
      "facts files (\"why did my amount change?\")."
    })
final class ExplainCommand implements Callable<Integer> {
  static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  @Option(names = "--facts", required = true, paramLabel = "FILE", description = "Facts file (JSON).")
  Path facts;

  @Option(names = "--compare", paramLabel = "FILE", description = "A second facts file: show what changed from --facts to this one.")
  Path compare;

  @Option(names = "--format", defaultValue = "text", description = "json or text. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--lang", defaultValue = "da", description = "da or en. Default: ${DEFAULT-VALUE}.")
  Language lang;

  @Override
  public Integer call() {
    try {
      String output = Explain.run(read(facts), compare == null ? null : read(compare), format, lang);
      spec.commandLine().getOut().println(output);
      return 0;
    } catch (FactsException e) {
      spec.commandLine().getErr().println("Invalid facts: " + e.getMessage());
      return BAD_INPUT;
    } catch (UnreadableFileException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return BAD_INPUT;
    }
  }

  private static String read(Path file) throws UnreadableFileException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException("Facts file not found: " + file);
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException("Facts file is not UTF-8 text: " + file);
    } catch (IOException e) {
      throw new UnreadableFileException("Cannot read facts file " + file + ": " + e.getMessage());
    }
  }

  private static final class UnreadableFileException extends Exception {
    UnreadableFileException(String message) {
      super(message);
    }
  }
}
