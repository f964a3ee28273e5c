package dk.workbench.letters;

import static dk.workbench.letters.LetterFixtures.facts;
import static dk.workbench.letters.LetterFixtures.letter;
import static dk.workbench.letters.LetterFixtures.pdf;
import static dk.workbench.letters.LetterFixtures.protectedRecipient;
import static dk.workbench.letters.LetterFixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.workbench.rules.Explanation;
import dk.workbench.rules.Language;
import dk.workbench.rules.Rendering;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the letter says: decision, amounts in Danish format, explanation, legal basis, klagevejledning, recipient rule. */
class LetterComposerTest {

  @Test
  void danishAmountsHaveThousandsDotsDecimalCommaAndKr() {
    assertEquals("1.234,50 kr.", Rendering.money(new BigDecimal("1234.50"), Language.DA));
    assertEquals("DKK 1,234.50", Rendering.money(new BigDecimal("1234.5"), Language.EN));
  }

  @Test
  void theDanishLetterStatesTheDecisionAmountsExplanationLegalBasisAndComplaintGuidance() throws Exception {
    LetterRequest request = request("folkepension", Language.DA, false, Recipient.testProfile(), false);
    Explanation e = request.explanation();
    String text = PdfChecks.flatText(pdf(new LetterComposer().compose(request)));
    String monthly = Rendering.money(e.result().monthly().orElseThrow(), Language.DA);
    assertTrue(text.contains("Du får " + monthly + " om måneden i folkepension"), text);
    assertTrue(Pattern.compile("\\d{1,3}(\\.\\d{3})+ kr\\.").matcher(text).find(), "a Danish amount with thousands dot");
    assertTrue(text.contains("Klagevejledning"), text);
    assertTrue(text.contains("senest den 28. december 2026"), "four weeks from 30 November 2026:\n" + text);
    assertTrue(text.contains("Ankestyrelsen"), text);
    assertTrue(text.contains("Lovgrundlag"), text);
    assertTrue(text.contains("Lov om social pension"), text);
    assertTrue(text.contains("eIndkomst 2024-01"), "inputs name their source");
    assertTrue(text.contains("Test Testesen") && text.contains("Testvej 1, 2. th."), "the recipient block");
    assertTrue(text.contains("Udbetaling Danmark") && text.contains("70 12 80 63"), "sender and contact");
    assertTrue(text.contains(Rendering.lineText(e.lines().get(0), Language.DA).substring(0, 30)), "the first explanation line");
  }

  @Test
  void anAmountWithOereIsPrintedWithTwoDecimals() throws Exception {
    Letter letter = letter("boerne_ungeydelse-delt-2026", Language.DA, false);
    String text = PdfChecks.flatText(pdf(letter));
    assertTrue(Pattern.compile("\\d,\\d{2} kr\\.").matcher(text).find() || letter.amounts().stream()
        .noneMatch(a -> a.amount().contains(",")), text);
    for (Letter.Amount a : letter.amounts()) {
      assertTrue(a.amount().matches("\\d{1,3}(\\.\\d{3})*(,\\d{2})? kr\\."), a.amount());
      assertTrue(text.contains(a.amount()), a.amount());
    }
  }

  @Test
  void theEnglishLetterIsInEnglish() throws Exception {
    Letter letter = letter("boligstoette", Language.EN, false);
    assertEquals("en-GB", letter.language());
    String text = PdfChecks.flatText(pdf(letter));
    assertTrue(text.contains("How to complain"), text);
    assertTrue(text.contains("Page 1 of"), text);
    assertTrue(text.contains("DKK "), text);
    assertFalse(text.contains("Klagevejledning"), text);
  }

  @Test
  void aProtectedAddressIsNeverPrintedUnlessTheRolePermitsIt() throws Exception {
    Letter routed = new LetterComposer().compose(request("boligstoette", Language.DA, false, protectedRecipient(), false));
    String text = PdfChecks.flatText(pdf(routed));
    assertFalse(text.contains("Hemmeligvej"), text);
    assertFalse(text.contains("Skjulested"), text);
    assertTrue(text.contains("c/o Udbetaling Danmark"), text);
    assertTrue(text.contains("Modtagerens adresse er beskyttet"), text);
    assertFalse(LetterRecord.of(routed).inputsJson().contains("Hemmeligvej"), "nor stored");

    Letter permitted = new LetterComposer().compose(request("boligstoette", Language.DA, false, protectedRecipient(), true));
    assertTrue(PdfChecks.flatText(pdf(permitted)).contains("Hemmeligvej 7"));
  }

  @Test
  void aCalculationThatCannotStateTheAmountGivesNoLetter() throws Exception {
    LetterException e = assertThrows(LetterException.class,
        () -> new LetterComposer().compose(request("boerne_ungeydelse", Language.DA, false, Recipient.testProfile(), false)));
    assertTrue(e.getMessage().contains("boerne_ungeydelse.aftrapning.bundfradrag"), e.getMessage());
  }

  @Test
  void invalidFactsAreRefusedNamingTheField() {
    LetterException e = assertThrows(LetterException.class,
        () -> new LetterComposer().explain("{\"benefit\":\"boligstoette\",\"period\":\"2024-01\",\"household\":{}}"));
    assertTrue(e.getMessage().startsWith("Invalid facts: household."), e.getMessage());
  }

  @Test
  void everyTextHasDanishAndEnglish() {
    for (String key : LetterTexts.keys()) {
      assertFalse(LetterTexts.text(key, Language.DA).isBlank(), key);
      assertFalse(LetterTexts.text(key, Language.EN).isBlank(), key);
    }
  }

  @Test
  void theLargePrintVariantUsesAtLeastSixteenPoint() throws Exception {
    byte[] pdf = pdf(letter("folkepension", Language.DA, true));
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var sizes = new java.util.TreeSet<Float>();
      var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
        @Override
        protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
          positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
        }
      };
      stripper.getText(doc);
      assertTrue(sizes.first() >= 16f, "smallest size " + sizes.first());
    }
    assertTrue(facts("folkepension").contains("folkepension"));
  }
}
