import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws the application icon at the sizes the app and installers use: java icons/MakeIcons.java */
public class MakeIcons {
  public static void main(String[] args) throws Exception {
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = img.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      double s = size / 64.0;
      g.scale(s, s);
      g.setColor(new Color(0x1B, 0x3A, 0x5C));           // deep blue card
      g.fill(new RoundRectangle2D.Double(2, 2, 60, 60, 14, 14));
      g.setColor(new Color(0xC6, 0x0C, 0x30));           // red band
      g.fill(new RoundRectangle2D.Double(2, 46, 60, 16, 14, 14));
      g.fill(new Rectangle2D.Double(2, 46, 60, 8));
      g.setColor(Color.WHITE);                           // a person: head and shoulders
      g.fill(new Ellipse2D.Double(23, 10, 18, 18));
      g.fill(new RoundRectangle2D.Double(14, 30, 36, 22, 18, 18));
      g.setColor(new Color(0x1B, 0x3A, 0x5C));
      g.fill(new Rectangle2D.Double(14, 44, 36, 2));
      g.dispose();
      ImageIO.write(img, "png", new File("icons/workbench-" + size + ".png"));
    }
  }
}
