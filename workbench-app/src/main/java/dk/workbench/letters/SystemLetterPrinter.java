package dk.workbench.letters;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints through the Java print service: PDFBox's {@link PDFPageable} in a {@link PrinterJob},
 * after the system print dialog (printer, copies, pages). The PDF is read from its file, page by
 * page, not held in memory. Needs a desktop session (not headless).
 */
public final class SystemLetterPrinter implements LetterPrinter {
  private final boolean showDialog;

  /** @param showDialog true to let the user choose the printer and settings first (the normal case) */
  public SystemLetterPrinter(boolean showDialog) {
    this.showDialog = showDialog;
  }

  @Override
  public boolean print(Path pdf, String jobName) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PrinterJob job = PrinterJob.getPrinterJob();
      job.setJobName(jobName);
      job.setPageable(new PDFPageable(doc));
      if (showDialog && !job.printDialog()) {
        return false;
      }
      job.print();
      return true;
    } catch (PrinterException e) {
      throw new IOException("the printer failed: " + e.getMessage(), e);
    }
  }
}
