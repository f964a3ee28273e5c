package dk.workbench.app.cli;

import dk.workbench.app.ServiceContext;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.http.ApiException;
import dk.workbench.letters.Letter;
import dk.workbench.letters.LetterComposer;
import dk.workbench.letters.LetterException;
import dk.workbench.letters.LetterRenderer;
import dk.workbench.letters.LetterRequest;
import dk.workbench.letters.Recipient;
import dk.workbench.letters.Sender;
import dk.workbench.rules.Language;
import dk.workbench.service.letters.DecisionLetters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code workbench letter}: a decision letter as PDF/A-2b + PDF/UA-1, from a facts file or a sandbox decision. */
@Command(
    name = "letter",
    mixinStandardHelpOptions = true,
    description = {
      "Renders a decision letter (PDF/A-2b, tagged PDF/UA-1) for a rules-engine facts file or for a",
      "back-end decision (demo mode: the embedded sandbox). Sender and recipient come from a test profile;",
      "with --decision the sender is the deciding authority and --cpr takes the recipient from the CPR",
      "register (a protected address is never printed: the letter is routed via the authority).",
      "Exit code 2 on bad input, 1 when a back-end fails."
    })
final class LetterCommand implements Callable<Integer> {
  static final int BAD_INPUT = 2;
  private static final Pattern DECISION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--facts", required = true, paramLabel = "FILE", description = "Rules-engine facts file (JSON).")
    Path facts;

    @Option(names = "--decision", required = true, paramLabel = "ID", description = "A back-end decision's id.")
    String decision;
  }

  @Option(names = "--out", required = true, paramLabel = "OUT.pdf", description = "Where to write the PDF.")
  Path out;

  @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", description = "Language. Default: ${DEFAULT-VALUE}.")
  Language lang;

  @Option(names = "--large-print", description = "The large-print variant (text at least 16 pt).")
  boolean largePrint;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The letter's date. Default: today.")
  String date;

  @Option(names = "--cpr", paramLabel = "CPR", description = "With --decision: take the recipient from the CPR register.")
  String cpr;

  @Unmatched List<String> settings = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path target = checkedOut();
      LocalDate day = date == null ? LocalDate.now(Clock.systemDefaultZone()) : parseDate(date);
      DecisionLetters.Options options = new DecisionLetters.Options(lang, largePrint, day, false);
      Letter letter = source.facts != null ? fromFacts(options) : fromDecision(options);
      int pages = write(letter, target);
      spec.commandLine().getOut().printf("Wrote %s: %d page%s, %s%s, PDF/A-2b + PDF/UA-1 (template %s)%n", target, pages,
          pages == 1 ? "" : "s", letter.language(), largePrint ? ", large print" : "", Letter.TEMPLATE_VERSION);
      return 0;
    } catch (BadInput e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    } catch (LetterException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    } catch (ApiException e) {
      err.println("The back-end failed: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("The letter could not be written to " + out + ": " + e.getMessage());
      return 1;
    } catch (ServicesUnavailable e) {
      err.println("The workbench services could not start: " + e.getMessage());
      return 1;
    }
  }

  private Letter fromFacts(DecisionLetters.Options options) throws BadInput, LetterException {
    if (cpr != null) {
      throw new BadInput("--cpr goes with --decision; a facts letter uses the test profile's recipient");
    }
    LetterComposer composer = new LetterComposer();
    return composer.compose(new LetterRequest(composer.explain(read(source.facts)), Sender.testProfile(),
        Recipient.testProfile(), options.date(), null, options.language(), options.largePrint(), false));
  }

  private Letter fromDecision(DecisionLetters.Options options)
      throws BadInput, LetterException, ApiException, ServicesUnavailable {
    String id = source.decision.strip();
    if (!DECISION_ID.matcher(id).matches()) {
      throw new BadInput("--decision must be a decision id (letters, digits and dashes, at most 64)");
    }
    CprNumber citizen = null;
    if (cpr != null) {
      try {
        citizen = CprNumber.parse(cpr, LocalDate.now(Clock.systemDefaultZone()));
      } catch (InvalidCprNumberException e) {
        throw new BadInput("--cpr is not a valid CPR number: " + OverviewCommand.describe(e.problem()));
      }
    }
    ConfigurableApplicationContext services;
    try {
      services = ServiceContext.start(settings.toArray(String[]::new));
    } catch (RuntimeException e) {
      throw new ServicesUnavailable(ServiceContext.rootCause(e));
    }
    try (var context = services) {
      return context.getBean(DecisionLetters.class).forDecision(id, citizen, options);
    }
  }

  private Path checkedOut() throws BadInput {
    if (!settings.isEmpty() && source.facts != null) {
      throw new BadInput("Unknown option(s): " + String.join(" ", settings));
    }
    Path target = out.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new BadInput("--out is a directory; name the PDF file to write");
    }
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new BadInput("--out: the folder " + parent + " does not exist");
    }
    return target;
  }

  /** Writes next to the target and moves it in place, so a failure leaves no half-written PDF. */
  private static int write(Letter letter, Path target) throws IOException {
    Path partial = Files.createTempFile(target.getParent(), ".letter-", ".pdf.part");
    try {
      int pages;
      try (OutputStream stream = Files.newOutputStream(partial)) {
        pages = new LetterRenderer().render(letter, stream);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return pages;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static LocalDate parseDate(String text) throws BadInput {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadInput("--date must be a date YYYY-MM-DD (not '" + text + "')");
    }
  }

  private static String read(Path file) throws BadInput {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInput("Facts file not found: " + file);
    } catch (CharacterCodingException e) {
      throw new BadInput("Facts file is not UTF-8 text: " + file);
    } catch (IOException e) {
      throw new BadInput("Cannot read facts file " + file + ": " + e.getMessage());
    }
  }

  private static final class BadInput extends Exception {
    BadInput(String message) {
      super(message);
    }
  }

  private static final class ServicesUnavailable extends Exception {
    ServicesUnavailable(String message) {
      super(message);
    }
  }
}
