package dk.workbench.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes the screen tour's screenshots as PNG files: always to {@code target/screenshots/}, and
 * with {@code -Dscreenshots.update=true} also over the README's images in {@code assets/screenshots/}.
 */
final class Screenshots {
  private static final Path BUILD = Path.of("target", "screenshots");
  private static final Path COMMITTED = Path.of("..", "assets", "screenshots");

  private Screenshots() {}

  /** Writes the image as {@code <name>.png}; fails when it is blank (one or two colours only). */
  static void write(WritableImage snapshot, String name) throws IOException {
    int width = (int) snapshot.getWidth();
    int height = (int) snapshot.getHeight();
    int[] argb = new int[width * height];
    snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    Set<Integer> colours = new HashSet<>();
    for (int pixel : argb) {
      colours.add(pixel);
    }
    if (colours.size() < 16) {
      throw new AssertionError("the screenshot of " + name + " is blank: " + colours.size() + " colours");
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, width, height, argb, 0, width);
    Files.createDirectories(BUILD);
    ImageIO.write(image, "png", BUILD.resolve(name + ".png").toFile());
    if (Boolean.getBoolean("screenshots.update")) {
      Files.createDirectories(COMMITTED);
      ImageIO.write(image, "png", COMMITTED.resolve(name + ".png").toFile());
    }
  }
}
