package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.service.overview.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app closed and started again with every back-end down: the citizens looked up before are
 * in the recent list and open from the encrypted cache; a lost cache key is a notice, not a crash.
 */
@Tag("ui")
class OfflineRestartFxTest {
  private final FxRobot robot = new FxRobot();
  private final String configuredCache = System.getProperty("workbench.cache.directory");
  private FxApplication app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    System.clearProperty("workbench.sandbox.faults");
    if (configuredCache != null) {
      System.setProperty("workbench.cache.directory", configuredCache);
    }
  }

  private void start(Path cache, String faults) throws Exception {
    System.setProperty("workbench.cache.directory", cache.toString());
    if (faults != null) {
      System.setProperty("workbench.sandbox.faults", faults);
    } else {
      System.clearProperty("workbench.sandbox.faults");
    }
    FxToolkit.registerPrimaryStage();
    FxToolkit.cleanupStages(); // no window (a dialog) of an earlier test class in this JVM may take the input
    app = (FxApplication) FxToolkit.setupApplication(FxApplication.class);
    app.context().getBean(BackendEndpoint.class).awaitReady();
  }

  private void restart(Path cache, String faults) throws Exception {
    FxToolkit.cleanupApplication(app);
    app = null;
    start(cache, faults);
  }

  @Test
  void cachedCitizensAreThereAfterARestartWithEveryBackEndDown() throws Exception {
    Path cache = Files.createTempDirectory("workbench-restart-cache");
    start(cache, null);
    var karen = dk.workbench.sandbox.population.Population.generate(dk.workbench.sandbox.population.Population.DEFAULT_SEED)
        .archetypes().stream().filter(a -> a.archetype().equals("single-pensioner")).findFirst().orElseThrow();
    robot.clickOn("#cprField").write(karen.cpr());
    robot.clickOn("#purposeBox").clickOn("Sagsbehandling");
    robot.clickOn("#searchButton");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> selectedTab().getText().matches(".*\\p{L}.*")); // the name, not the CPR
    String name = selectedTab().getText();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> robot.lookup("#outboxLink").queryLabeled().getText().equals("Udbakke: tom"));

    restart(cache, "*:error=100%,status=503");

    MenuButton recent = robot.lookup("#recentBox").queryAs(MenuButton.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !recent.getItems().isEmpty());
    MenuItem first = recent.getItems().get(0);
    assertThat(first.getText()).startsWith(name);
    robot.interact(() -> robot.lookup("#purposeBox").queryAs(ComboBox.class).getSelectionModel().select(0));
    robot.interact(first::fire);

    for (Section section : java.util.List.of(Section.PERSON, Section.CASES, Section.BENEFITS)) {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cardTexts(section).stream()
          .anyMatch(t -> t.startsWith("Offline — data fra ")));
    }
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> selectedTab().getText().equals(name));
  }

  @Test
  void aLostCacheKeyIsShownAsANoticeAndTheAppWorks() throws Exception {
    Path cache = Files.createTempDirectory("workbench-lost-key");
    start(cache, null);
    assertThat(robot.lookup("#noticeBar").query().isVisible()).as("no notice on a new cache").isFalse();
    FxToolkit.cleanupApplication(app);
    app = null;
    Files.delete(cache.resolve("cache.key"));
    start(cache, null);

    assertThat(robot.lookup("#noticeBar").query().isVisible()).isTrue();
    assertThat(robot.lookup("#noticeLabel").queryAs(Label.class).getText()).contains("Nøglen til den lokale offline-cache manglede");
    robot.clickOn("#noticeClose");
    assertThat(robot.lookup("#noticeBar").query().isVisible()).isFalse();
    assertThat(robot.lookup("#outboxLink").queryLabeled().getText()).startsWith("Udbakke");
  }

  private Tab selectedTab() {
    TabPane tabs = robot.lookup("#citizenTabs .tab-pane").queryAs(TabPane.class);
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    return tab == null ? new Tab("") : tab;
  }

  private java.util.List<String> cardTexts(Section section) {
    Node card = robot.from(selectedTab().getContent()).lookup("#section-" + section.name()).query();
    return card == null ? java.util.List.of()
        : robot.from(card).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
  }
}
