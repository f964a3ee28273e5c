package dk.workbench.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF validation and text extraction for the letter tests. */
final class PdfChecks {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  /** veraPDF's verdict on {@code pdf} for one flavour. */
  static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      return Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
    }
  }

  /** The failed rules of a result, one per line, for assertion messages. */
  static String failures(ValidationResult result) {
    return result.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
        .distinct()
        .collect(Collectors.joining("\n"));
  }

  /** The text of every page, in reading order of the content. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text with every run of white space (line breaks included) as one space, for phrase checks. */
  static String flatText(byte[] pdf) throws IOException {
    return text(pdf).replaceAll("\\s+", " ");
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
