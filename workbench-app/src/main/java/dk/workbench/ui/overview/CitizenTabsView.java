package dk.workbench.ui.overview;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.service.overview.Section;
import dk.workbench.ui.calls.CallPanel;
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

import dk.workbench.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The open citizens as tabs, each with its section cards. Ctrl+1…9 shows tab 1…9, Ctrl+W
 * closes the shown one. Built in code: one pane per open citizen, kept while it is open.
 */
public final class CitizenTabsView extends StackPane {
  private final CitizenTabsViewModel viewModel;
  private final Messages messages;
  private final TabPane tabs = new TabPane();
  private final java.time.Duration autosave;
  private BiFunction<CprNumber, Runnable, Node> decisionsOpener;
  private TabExtension extension = TabExtension.NONE;

  /** {@code autosave}: how often a call's notes are saved locally. */
  public CitizenTabsView(CitizenTabsViewModel viewModel, Messages messages, java.time.Duration autosave) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.autosave = autosave;
    setId("citizenTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    Label empty = new Label(messages.get("overview.none"));
    empty.getStyleClass().add("overview-empty");
    empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.open()));
    getChildren().addAll(tabs, empty);
    viewModel.open().addListener((ListChangeListener<CitizenOverviewViewModel>) change -> sync());
    viewModel.selectedProperty().addListener((obs, old, index) -> tabs.getSelectionModel().select(index.intValue()));
    tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> viewModel.select(index.intValue()));
    sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        installShortcuts(scene);
      }
    });
  }

  /**
   * Adds "Åbn afgørelser" to each benefits card: {@code opener} builds the decision workspace
   * for the citizen, shown in place of the cards until its Runnable (back) is called.
   */
  public void setDecisionsOpener(BiFunction<CprNumber, Runnable, Node> opener) {
    this.decisionsOpener = opener;
  }

  /** Adds a feature's bar and card decorations to every tab opened from now on. */
  public void extend(TabExtension extension) {
    this.extension = extension;
  }

  private void sync() {
    // add tabs for new overviews, drop tabs whose overview was closed; order follows the view model
    var wanted = viewModel.open();
    tabs.getTabs().removeIf(tab -> !wanted.contains((CitizenOverviewViewModel) tab.getUserData()));
    for (int i = 0; i < wanted.size(); i++) {
      CitizenOverviewViewModel overview = wanted.get(i);
      if (i >= tabs.getTabs().size() || tabs.getTabs().get(i).getUserData() != overview) {
        tabs.getTabs().add(i, tab(overview));
      }
    }
    tabs.getSelectionModel().select(viewModel.selectedProperty().get());
  }

  private Tab tab(CitizenOverviewViewModel overview) {
    Tab tab = new Tab();
    tab.setUserData(overview);
    tab.textProperty().bind(overview.titleProperty());
    tab.setOnCloseRequest(e -> {
      e.consume();
      viewModel.close(viewModel.open().indexOf(overview));
    });
    FlowPane cards = new FlowPane(12, 12);
    cards.getStyleClass().add("overview-cards");
    SectionCard benefitsCard = null;
    for (SectionViewModel section : overview.sections()) {
      SectionCard card = new SectionCard(section, () -> overview.retry(section.section()), messages);
      card.setPrefWidth(460);
      cards.getChildren().add(extension.decorate(overview, section.section(), card));
      if (section.section() == Section.BENEFITS) {
        benefitsCard = card;
      }
    }
    Label missing = new Label(messages.get("lookup.notFound"));
    missing.setId("personMissing");
    missing.getStyleClass().add("error-message");
    missing.visibleProperty().bind(overview.personMissingProperty());
    missing.managedProperty().bind(missing.visibleProperty());
    cards.visibleProperty().bind(overview.personMissingProperty().not());
    cards.managedProperty().bind(cards.visibleProperty());
    Button forget = new Button(messages.get("overview.forget"));
    forget.getStyleClass().add("forget-button");
    forget.setOnAction(e -> viewModel.forget(viewModel.open().indexOf(overview)));
    VBox content = new VBox(12, forget, missing, cards);
    javafx.scene.Node header = extension.header(overview);
    if (header != null) {
      content.getChildren().add(0, header);
    }
    content.getStyleClass().add("overview");
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    // the centre shows the overview or a decision workspace; a call's panel stays on the right
    BorderPane body = new BorderPane(scroll);
    tab.setContent(body);
    if (overview.call().isPresent()) {
      CallPanel panel = new CallPanel(overview.call().get(), messages, autosave);
      panel.shownProperty().bind(tab.selectedProperty());
      tab.getProperties().put(CallPanel.class, panel);
      body.setRight(panel);
    }
    if (decisionsOpener != null && benefitsCard != null) {
      Button decisions = new Button(messages.get("overview.openDecisions"));
      decisions.setId("openDecisions");
      SectionViewModel benefits = overview.section(Section.BENEFITS);
      decisions.visibleProperty().bind(benefits.stateProperty().isEqualTo(SectionViewModel.State.LOADED));
      decisions.managedProperty().bind(decisions.visibleProperty());
      decisions.setOnAction(e -> {
        Node workspace = decisionsOpener.apply(overview.cpr(), () -> body.setCenter(scroll));
        body.setCenter(workspace);
        workspace.requestFocus();
      });
      benefitsCard.getChildren().add(decisions);
    }
    return tab;
  }

  private void installShortcuts(javafx.scene.Scene scene) {
    KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
        KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
    for (int i = 0; i < digits.length; i++) {
      int index = i;
      scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
          () -> viewModel.select(index));
    }
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
        () -> viewModel.close(viewModel.selectedProperty().get()));
  }

  /** The open citizens' tab titles, in tab order (for the command palette). */
  public java.util.List<String> openTitles() {
    return viewModel.open().stream().map(o -> o.titleProperty().get()).toList();
  }

  /** Shows tab {@code index}. */
  public void show(int index) {
    viewModel.select(index);
  }

  /** Parks the tab shown (its call and what the extension keeps, e.g. the acting-for session, saved to be resumed). */
  public void parkShown() {
    int index = viewModel.selectedProperty().get();
    CitizenOverviewViewModel overview = index < 0 || index >= viewModel.open().size() ? null : viewModel.open().get(index);
    if (overview != null && viewModel.park(index)) {
      extension.parked(overview);
    }
  }

  /** The parked citizens and how to resume them (for the command palette). */
  public java.util.List<CitizenTabsViewModel.RecentCitizen> parked() {
    return java.util.List.copyOf(viewModel.parked());
  }

  public void resume(CitizenTabsViewModel.RecentCitizen citizen) {
    viewModel.resume(citizen);
  }

  /** Closes the tab shown (unless its call must be wrapped up first). */
  public void closeShown() {
    viewModel.close(viewModel.selectedProperty().get());
  }

  /** Moves the focus to the next section card of the tab shown (wrapping around) and scrolls it into view. */
  public void focusNextSection() {
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    if (tab == null) {
      return;
    }
    java.util.List<javafx.scene.Node> cards = new java.util.ArrayList<>(tab.getContent().lookupAll(".section-card"));
    if (cards.isEmpty()) {
      return;
    }
    int current = -1;
    for (int i = 0; i < cards.size(); i++) {
      if (cards.get(i).isFocused() || isAncestor(cards.get(i), getScene() == null ? null : getScene().getFocusOwner())) {
        current = i;
      }
    }
    javafx.scene.Node next = cards.get((current + 1) % cards.size());
    next.requestFocus();
    for (javafx.scene.Node n = next; n != null; n = n.getParent()) {
      if (n instanceof ScrollPane scroll) {
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double y = next.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
        scroll.setVvalue(contentHeight <= 0 ? 0 : Math.min(1, y / contentHeight));
        break;
      }
    }
  }

  private static boolean isAncestor(javafx.scene.Node ancestor, javafx.scene.Node node) {
    for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The content of the tab shown, for printing. */
  public java.util.Optional<javafx.scene.Node> shownContent() {
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    return tab == null ? java.util.Optional.empty() : java.util.Optional.of(tab.getContent());
  }

  /** The call panel of the tab shown, if it has one. */
  public java.util.Optional<CallPanel> shownCallPanel() {
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    return tab == null ? java.util.Optional.empty() : java.util.Optional.ofNullable((CallPanel) tab.getProperties().get(CallPanel.class));
  }
}
