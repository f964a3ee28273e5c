package dk.workbench.ui.overview;

import dk.workbench.service.overview.Section;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * What other features add to a citizen's tab without the overview knowing them: a bar above
 * the cards (e.g. the acting-for session header) and a decoration around each card (actions
 * that open a detail view, or a note when the card is hidden).
 */
public interface TabExtension {
  /** Nothing added. */
  TabExtension NONE = new TabExtension() {
    @Override
    public Node header(CitizenOverviewViewModel overview) {
      return null;
    }

    @Override
    public Node decorate(CitizenOverviewViewModel overview, Section section, Region card) {
      return card;
    }
  };

  /** The node above the cards of the citizen's tab, or null. */
  Node header(CitizenOverviewViewModel overview);

  /** The node that takes the card's place in the tab (the card itself when nothing is added). */
  Node decorate(CitizenOverviewViewModel overview, Section section, Region card);

  /**
   * The citizen's tab was parked: keep what the feature holds for it, to be given back when the
   * citizen (same CPR number and purpose) is opened again. Nothing by default.
   */
  default void parked(CitizenOverviewViewModel overview) {
  }
}
