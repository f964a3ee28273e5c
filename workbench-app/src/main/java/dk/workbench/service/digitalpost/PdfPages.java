package dk.workbench.service.digitalpost;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A message's PDF document as page images (PDFBox {@link PDFRenderer}), and printed through the Java print service. */
public final class PdfPages {
  /** The most pages rendered for the screen. */
  public static final int MAX_PAGES = 20;

  private PdfPages() {}

  /**
   * Renders each page (at most {@value #MAX_PAGES}) at {@code dpi}. Blocking.
   *
   * @throws IOException when the document is not a readable PDF
   */
  public static List<BufferedImage> render(byte[] pdf, float dpi) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      List<BufferedImage> pages = new ArrayList<>();
      for (int i = 0; i < Math.min(doc.getNumberOfPages(), MAX_PAGES); i++) {
        pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
      }
      return pages;
    }
  }

  /**
   * Prints the PDF on the default printer. Blocking.
   *
   * @return false when there is no printer
   */
  public static boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
    PrinterJob job = PrinterJob.getPrinterJob();
    if (job.getPrintService() == null) {
      return false;
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      job.setJobName(jobName);
      job.setPageable(new PDFPageable(doc));
      job.print();
      return true;
    }
  }
}
