package dk.workbench.rules;

/** The benefits the engine explains, with their wire names used in facts and output. */
public enum Benefit {
  FOLKEPENSION("folkepension"),
  BOERNE_UNGEYDELSE("boerne_ungeydelse"),
  BOLIGSTOETTE("boligstoette");

  private final String wireName;

  Benefit(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in facts files and JSON output, e.g. {@code boerne_ungeydelse}. */
  public String wireName() {
    return wireName;
  }

  /** The benefit with this wire name, or {@code null}. */
  public static Benefit fromWireName(String name) {
    for (Benefit b : values()) {
      if (b.wireName.equals(name)) {
        return b;
      }
    }
    return null;
  }
}
