package dk.workbench.ui.overview;

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
  private TabExtension extension = TabExtension.NONE;

  public CitizenTabsView(CitizenTabsViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
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
    for (SectionViewModel section : overview.sections()) {
      SectionCard card = new SectionCard(section, () -> overview.retry(section.section()), messages.get("lookup.retry"),
          messages.get("section.loading"));
      card.setPrefWidth(460);
      cards.getChildren().add(extension.decorate(overview, section.section(), card));
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
    tab.setContent(scroll);
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
}
