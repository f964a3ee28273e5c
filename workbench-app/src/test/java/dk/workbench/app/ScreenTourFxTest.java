package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen of the real app in demo mode — search, a citizen's overview with the call
 * panel, the decision workspace with its letter bar, a letter's preview, "Breve", the "Udbakke"
 * panel, the command palette, the follow-up queue, the settings dialog, an acting-for session with
 * its dialog, Digital Post, the access log and the high-contrast theme — and on each one checks
 * that every interactive control a screen reader can reach has an accessible name (its own text,
 * an accessible text, or a label pointing at it with {@code labelFor}), and takes the screenshot
 * the README shows.
 *
 * <p>Screenshots go to {@code target/screenshots/}; with {@code -Dscreenshots.update=true} they
 * replace the README's images in {@code assets/screenshots/} (README, "A tour").
 */
@Tag("ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the tour first: with -Dscreenshots.update it writes the images checked next
class ScreenTourFxTest {
  /** The screens of the tour, in order; each has its image in {@code assets/screenshots/}. */
  static final List<String> SCREENS = List.of("search", "overview-call", "decision-workspace", "letter-preview", "letters", "outbox",
      "command-palette", "follow-up-queue", "settings", "acting-for-dialog", "acting-for-session", "digital-post", "access-log",
      "high-contrast");
  private static final Path COMMITTED = Path.of("..", "assets", "screenshots");

  private static FxApplication app;
  private static URI sandbox;
  private final FxRobot robot = new FxRobot();
  private final Set<String> unnamed = new TreeSet<>();
  private final List<String> shot = new ArrayList<>();
  private int checked;

  @BeforeAll
  static void startApp() throws Exception {
    System.setProperty("workbench.cache.directory", Files.createTempDirectory("workbench-test-cache").toString());
    System.setProperty("workbench.calls.wrap-up-required", "false");
    FxToolkit.registerPrimaryStage();
    FxToolkit.cleanupStages(); // no window (a dialog) of an earlier test class in this JVM may take the input
    app = (FxApplication) FxToolkit.setupApplication(FxApplication.class);
    BackendEndpoint backend = app.context().getBean(BackendEndpoint.class);
    backend.awaitReady();
    sandbox = backend.baseUrl();
  }

  @AfterAll
  static void stopApp() throws Exception {
    FxToolkit.cleanupApplication(app);
    System.clearProperty("workbench.calls.wrap-up-required");
  }

  @Test
  @Order(1)
  void everyScreenHasAccessibleNamesAndItsScreenshot() throws Exception {
    visit("search");

    robot.clickOn("#cprField").write(archetypeCpr("pensioner-working-spouse"));
    robot.clickOn("#purposeBox").clickOn("Telefonisk henvendelse");
    robot.clickOn("#cprField").type(KeyCode.ENTER);
    // the call panel is open, the tab's title has turned from the CPR number into the name, every section is in
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".call-panel").tryQuery().isPresent()
        && selectedTab().getText().matches("\\D+"));
    waitForSections();
    visit("overview-call");

    Button decisions = robot.from(selectedTab().getContent()).lookup("#openDecisions").queryAs(Button.class);
    robot.interact(decisions::fire);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".explanation-line").tryQuery().isPresent()
        && robot.lookup("#makeLetterButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    visit("decision-workspace");
    robot.interact(() -> robot.lookup("#makeLetterButton").queryAs(Button.class).fire());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#letter-page").tryQuery()
        .map(n -> ((Label) n).getText().startsWith("Side 1 af")).orElse(false));
    visit("letter-preview");
    closeDialogs();
    robot.interact(() -> robot.lookup("#backButton").queryAs(Button.class).fire());

    robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lettersTable").tryQuery()
        .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
    visit("letters");
    closeDialogs();

    robot.clickOn("#outboxLink");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#localDataPanel").tryQuery().isPresent());
    visit("outbox");
    closeDialogs();

    palette();
    visit("command-palette");
    robot.clickOn("#paletteField").write("Opfølgningskø").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#queueFetch").tryQuery().isPresent());
    visit("follow-up-queue");
    closeDialogs();

    robot.clickOn("#productName"); // the main window has the keyboard again
    robot.press(KeyCode.CONTROL).press(KeyCode.COMMA).release(KeyCode.COMMA).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#settingsDialog").tryQuery().isPresent());
    visit("settings");
    closeDialogs();

    String heavy = archetypeCpr("heavy-history");
    robot.interact(() -> robot.lookup("#cprField").queryAs(TextField.class).setText(heavy));
    robot.clickOn("#purposeBox").clickOn("Personligt fremmøde");
    robot.clickOn("#searchButton");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.from(selectedTab().getContent())
        .lookup("#startSession").tryQuery().isPresent() && selectedTab().getText().matches("\\D+"));
    waitForSections();
    robot.interact(() -> robot.from(selectedTab().getContent()).lookup("#startSession").queryAs(Button.class).fire());
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#basisPresent").tryQuery().isPresent());
    visit("acting-for-dialog");
    robot.interact(() -> robot.lookup("#basisPresent").queryAs(RadioButton.class).setSelected(true));
    robot.interact(() -> robot.lookup("#startSessionButton").queryAs(Button.class).fire());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.from(selectedTab().getContent())
        .lookup("#sessionHeader").queryAs(Label.class).getText().contains("er selv til stede"));
    visit("acting-for-session");

    robot.interact(() -> robot.from(selectedTab().getContent()).lookup("#openMailbox").queryAs(Button.class).fire());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> !robot.lookup("#postMessages").queryAs(ListView.class).getItems().isEmpty());
    robot.interact(() -> robot.lookup("#postMessages").queryAs(ListView.class).getSelectionModel().select(0));
    WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS,
        () -> !robot.lookup("#postPages").queryAs(VBox.class).getChildren().isEmpty());
    visit("digital-post");
    closeDialogs();

    robot.interact(() -> robot.from(selectedTab().getContent()).lookup("#openAccessLog").queryAs(Button.class).fire());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#accessStatus").queryAs(Label.class)
        .getText().endsWith("nyeste først"));
    visit("access-log");
    closeDialogs();

    palette();
    robot.clickOn("#paletteField").write("Høj kontrast").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cprField").query().getScene().getStylesheets()
        .stream().anyMatch(sheet -> sheet.endsWith("workbench-high-contrast.css")));
    visit("high-contrast");

    System.out.println("screen tour: " + checked + " interactive controls checked on " + shot.size() + " screens");
    assertThat(shot).as("screens visited").isEqualTo(SCREENS);
    assertThat(checked).as("interactive controls checked").isGreaterThan(100);
    assertThat(unnamed).as("interactive controls without an accessible name").isEmpty();
  }

  @Test
  @Order(2)
  void theReadmeShowsACommittedScreenshotOfEveryScreen() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String screen : SCREENS) {
      Path image = COMMITTED.resolve(screen + ".png");
      assertThat(image).as("committed screenshot (mvn … -Dscreenshots.update=true)").exists();
      assertThat(ImageIO.read(image.toFile())).as(image.toString()).isNotNull();
      assertThat(readme).as("README shows " + screen).contains("assets/screenshots/" + screen + ".png");
    }
  }

  @Test
  void theCheckTellsNamedFromUnnamedControls() {
    TextField unnamed = new TextField();
    TextField labelled = new TextField();
    Label label = new Label("CPR-nummer");
    label.setLabelFor(labelled);
    TextField described = new TextField();
    described.setAccessibleText("Søg");
    List<Node> scene = List.of(unnamed, labelled, label, described);
    assertThat(hasName(unnamed, scene)).isFalse();
    assertThat(hasName(labelled, scene)).isTrue();
    assertThat(hasName(described, scene)).isTrue();
    assertThat(hasName(new javafx.scene.control.Button("OK"), scene)).isTrue();
    assertThat(hasName(new javafx.scene.control.Button(), scene)).isFalse();
  }

  /** Checks the accessible names in every showing window and takes the top window's screenshot. */
  private void visit(String screen) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> {
      Window top = null;
      for (Window window : List.copyOf(Window.getWindows())) {
        if (window.isShowing() && window.getScene() != null) {
          top = window; // the newest window is the last one listed
          List<Node> nodes = new ArrayList<>();
          collect(window.getScene().getRoot(), nodes);
          for (Node node : nodes) {
            if (isInteractive(node)) {
              checked++;
              if (!hasName((Control) node, nodes)) {
                unnamed.add(screen + ": " + describe(node));
              }
            }
          }
        }
      }
      image[0] = top.getScene().snapshot(null);
    });
    Screenshots.write(image[0], screen);
    shot.add(screen);
  }

  private void waitForSections() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.from(selectedTab().getContent())
        .lookup(".section-skeleton").queryAll().stream().noneMatch(Node::isVisible));
  }

  private void palette() throws Exception {
    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paletteField").tryQuery().isPresent());
  }

  private Tab selectedTab() {
    Tab tab = robot.lookup("#citizenTabs .tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
    return tab == null ? new Tab() : tab;
  }

  private static void collect(Node node, List<Node> into) {
    if (!node.isVisible()) {
      return;
    }
    into.add(node);
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, into);
      }
    }
  }

  /** A control the user works with (not a cell, scroll bar or other inner part of a control). */
  private static boolean isInteractive(Node node) {
    boolean kind = node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
        || node instanceof ListView<?> || node instanceof TableView<?> || node instanceof TabPane;
    return kind && !node.isDisabled() && !insideAnotherControl(node);
  }

  /** Buttons inside a ComboBox, a DatePicker or a scroll bar are parts of that control. */
  private static boolean insideAnotherControl(Node node) {
    for (Parent p = node.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ComboBoxBase<?> || p instanceof javafx.scene.control.ScrollBar || p instanceof javafx.scene.control.Cell<?>) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasName(Control control, List<Node> scene) {
    if (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()) {
      return true;
    }
    if (control instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
      return true;
    }
    if (control instanceof TabPane) {
      return true; // each tab's text names it
    }
    return scene.stream().anyMatch(n -> n instanceof Label label && label.getLabelFor() == control);
  }

  private static String describe(Node node) {
    String id = node.getId() == null ? "" : "#" + node.getId();
    String prompt = node instanceof TextInputControl t && t.getPromptText() != null ? " prompt='" + t.getPromptText() + "'" : "";
    String parent = node.getParent() == null ? "" : " in " + node.getParent().getClass().getSimpleName()
        + (node.getParent().getId() == null ? "" : "#" + node.getParent().getId());
    return node.getClass().getSimpleName() + id + prompt + parent;
  }

  private void closeDialogs() {
    robot.interact(() -> {
      for (Window window : List.copyOf(Window.getWindows())) {
        if (window.isShowing() && window != robot.lookup("#cprField").queryAs(TextField.class).getScene().getWindow()) {
          window.hide();
        }
      }
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String archetypeCpr(String archetype) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(sandbox.resolve("sandbox/v1/archetypes")).build(), HttpResponse.BodyHandlers.ofString());
    for (JsonNode entry : new ObjectMapper().readTree(response.body())) {
      if (entry.get("archetype").asText().equals(archetype)) {
        return entry.get("cpr").asText().replace("-", "");
      }
    }
    throw new AssertionError("no archetype " + archetype);
  }
}
