package dk.workbench.letters;

import static dk.workbench.letters.LetterFixtures.letter;
import static dk.workbench.letters.LetterFixtures.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.workbench.rules.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact reprint: a letter rendered again from its stored record has the same text and the same pages. */
class LetterRecordTest {

  @ParameterizedTest(name = "{0} {1} large={2}")
  @CsvSource(textBlock = """
      folkepension, DA, false
      folkepension, EN, true
      boligstoette, DA, true
      """)
  void aReprintFromTheStoredRecordHasTheSameTextAndPageCount(String facts, Language lang, boolean large) throws Exception {
    Letter original = letter(facts, lang, large);
    byte[] first = pdf(original);

    String stored = LetterRecord.of(original).toJson();
    LetterRecord record = LetterRecord.fromJson(stored);
    assertEquals(Letter.TEMPLATE_VERSION, record.templateVersion());
    assertEquals(large, record.largePrint());
    byte[] reprint = pdf(record.letter());

    assertEquals(PdfChecks.text(first), PdfChecks.text(reprint));
    assertEquals(PdfChecks.pages(first), PdfChecks.pages(reprint));
    assertTrue(PdfChecks.pages(first) >= 1);
  }

  @Test
  void aRecordFromAnUnknownTemplateVersionIsRefused() throws Exception {
    LetterRecord current = LetterRecord.of(letter("boligstoette", Language.DA, false));
    LetterRecord future = new LetterRecord("99", current.language(), current.largePrint(), current.inputsJson());
    LetterException e = assertThrows(LetterException.class, future::letter);
    assertTrue(e.getMessage().contains("template version 99"), e.getMessage());
  }

  @Test
  void aDamagedRecordIsRefused() {
    assertThrows(LetterException.class, () -> LetterRecord.fromJson("{\"templateVersion\":\"1\""));
    LetterRecord wrong = new LetterRecord("1", "da-DK", false, "{\"language\":\"en-GB\"}");
    assertThrows(LetterException.class, wrong::letter);
  }
}
