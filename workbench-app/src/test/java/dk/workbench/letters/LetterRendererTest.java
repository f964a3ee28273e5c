package dk.workbench.letters;

import static dk.workbench.letters.LetterFixtures.letter;
import static dk.workbench.letters.LetterFixtures.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.workbench.rules.Language;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** The rendered letters pass veraPDF as PDF/A-2b and PDF/UA-1, in Danish, English and large print. */
class LetterRendererTest {

  @ParameterizedTest(name = "{0} {1} large={2}")
  @CsvSource(textBlock = """
      folkepension,       DA, false
      folkepension,       EN, false
      boerne_ungeydelse-delt-2026, DA, true
      boligstoette,       EN, true
      """)
  void lettersAreCompliantPdfA2bAndPdfUa1(String facts, Language lang, boolean large) throws Exception {
    byte[] pdf = pdf(letter(facts, lang, large));
    for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFUA_1}) {
      ValidationResult result = PdfChecks.validate(pdf, flavour);
      assertTrue(result.isCompliant(), flavour + " failed:\n" + PdfChecks.failures(result));
      assertTrue(result.getTotalAssertions() > 100, "veraPDF ran its checks");
    }
  }

  @Test
  void aLargePrintFolkepensionLetterRunsOverSeveralNumberedPagesAndStaysCompliant() throws Exception {
    byte[] pdf = pdf(letter("folkepension", Language.DA, true));
    int pages = PdfChecks.pages(pdf);
    assertTrue(pages >= 3, "pages: " + pages);
    String text = PdfChecks.text(pdf);
    assertTrue(text.contains("Side 1 af " + pages), text);
    assertTrue(text.contains("Side " + pages + " af " + pages), text);
    for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFUA_1}) {
      ValidationResult result = PdfChecks.validate(pdf, flavour);
      assertTrue(result.isCompliant(), flavour + " failed:\n" + PdfChecks.failures(result));
    }
  }

  @Test
  void theLargePrintVariantIsLongerThanTheNormalOne() throws Exception {
    assertTrue(PdfChecks.pages(pdf(letter("folkepension", Language.DA, true)))
        > PdfChecks.pages(pdf(letter("folkepension", Language.DA, false))));
  }

  @Test
  void aPlainPdfWithoutEmbeddedFontsMetadataOrTagsFailsBothFlavours() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Afgorelse om folkepension");
        cs.endText();
      }
      doc.save(out);
    }
    for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFUA_1}) {
      ValidationResult result = PdfChecks.validate(out.toByteArray(), flavour);
      assertFalse(result.isCompliant(), flavour + " should fail");
      assertFalse(PdfChecks.failures(result).isEmpty());
    }
  }

  @Test
  void theLetterStreamsToAFileAndReportsItsPages() throws Exception {
    Path file = Files.createTempFile("letter", ".pdf");
    try (var out = Files.newOutputStream(file)) {
      int pages = new LetterRenderer().render(letter("boligstoette", Language.DA, false), out);
      assertEquals(PdfChecks.pages(Files.readAllBytes(file)), pages);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
