package dk.workbench.letters;

import dk.workbench.rules.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Letters from the documented example facts (docs/examples/facts). */
final class LetterFixtures {
  static final LocalDate DATE = LocalDate.of(2026, 11, 30);

  private LetterFixtures() {}

  static String facts(String name) throws IOException {
    return Files.readString(Path.of("..", "docs", "examples", "facts", name + ".json"), StandardCharsets.UTF_8);
  }

  static LetterRequest request(String facts, Language lang, boolean largePrint, Recipient recipient, boolean permitted)
      throws Exception {
    LetterComposer composer = new LetterComposer();
    return new LetterRequest(composer.explain(facts(facts)), Sender.testProfile(), recipient, DATE, "2026-000123", lang,
        largePrint, permitted);
  }

  static Letter letter(String facts, Language lang, boolean largePrint) throws Exception {
    return new LetterComposer().compose(request(facts, lang, largePrint, Recipient.testProfile(), false));
  }

  static Recipient protectedRecipient() {
    return new Recipient("Beskyttet Borger", List.of("Hemmeligvej 7", "9999 Skjulested"), true, false);
  }

  static byte[] pdf(Letter letter) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LetterRenderer().render(letter, out);
    return out.toByteArray();
  }
}
