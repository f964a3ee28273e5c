package dk.workbench.ui.overview;

/**
 * One line in an overview section: the main text, a secondary detail, and whether it needs
 * attention (unread post, a deadline soon, a failed payment).
 */
public record SectionRow(String text, String detail, boolean attention) {
  public static SectionRow of(String text, String detail) {
    return new SectionRow(text, detail, false);
  }

  public static SectionRow attention(String text, String detail) {
    return new SectionRow(text, detail, true);
  }
}
