package dk.workbench.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a rendered letter as images, for a preview. Thread-safe (one page at a time); close when done. */
public final class LetterPages implements AutoCloseable {
  private final PDDocument doc;
  private final PDFRenderer renderer;

  private LetterPages(PDDocument doc) {
    this.doc = doc;
    this.renderer = new PDFRenderer(doc);
  }

  /** Opens a PDF. */
  public static LetterPages open(byte[] pdf) throws IOException {
    return new LetterPages(Loader.loadPDF(pdf));
  }

  /** Number of pages. */
  public int count() {
    return doc.getNumberOfPages();
  }

  /**
   * Page {@code index} (from 0) at {@code scale} × 72 dpi.
   *
   * @throws IndexOutOfBoundsException for a page that does not exist
   */
  public synchronized BufferedImage page(int index, float scale) throws IOException {
    if (index < 0 || index >= count()) {
      throw new IndexOutOfBoundsException("page " + index + " of " + count());
    }
    return renderer.renderImage(index, scale, ImageType.RGB);
  }

  @Override
  public synchronized void close() throws IOException {
    doc.close();
  }
}
