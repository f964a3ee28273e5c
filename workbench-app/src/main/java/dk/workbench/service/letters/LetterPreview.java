package dk.workbench.service.letters;

import dk.workbench.letters.LetterPages;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A letter's pages for the preview: how many, and each as an image at a zoom factor (1.0 = 72
 * dpi). Rendering blocks: call it off the FX thread. Close when done.
 */
public final class LetterPreview implements AutoCloseable {
  private final LetterPages pages;

  private LetterPreview(LetterPages pages) {
    this.pages = pages;
  }

  /** The preview of a rendered letter (PDF bytes). */
  public static LetterPreview of(byte[] pdf) throws IOException {
    return new LetterPreview(LetterPages.open(pdf));
  }

  public int pages() {
    return pages.count();
  }

  /** Page {@code index} (from 0) at {@code zoom}. */
  public BufferedImage page(int index, double zoom) throws IOException {
    return pages.page(index, (float) zoom);
  }

  @Override
  public void close() throws IOException {
    pages.close();
  }
}
