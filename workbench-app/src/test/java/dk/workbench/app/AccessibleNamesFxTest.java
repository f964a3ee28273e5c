package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the screens of the real app (search, a citizen's overview with the call panel, the
 * "Udbakke" panel, the command palette, the settings dialog) and checks that every interactive control a screen
 * reader can reach has an accessible name: its own text, an accessible text, or a label
 * pointing at it ({@code labelFor}).
 */
@Tag("ui")
class AccessibleNamesFxTest {
  private static FxApplication app;
  private static URI sandbox;
  private final FxRobot robot = new FxRobot();

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
  void everyInteractiveControlOnEveryScreenHasAnAccessibleName() throws Exception {
    Set<String> unnamed = new TreeSet<>();
    int[] checked = {0};

    walkShowingWindows("search", unnamed, checked);

    robot.clickOn("#cprField").write(archetypeCpr("single-pensioner"));
    robot.clickOn("#purposeBox").clickOn("Telefonisk henvendelse");
    robot.clickOn("#cprField").type(KeyCode.ENTER);
    // the call panel is open and the tab's title has turned from the CPR number into the name
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".call-panel").tryQuery().isPresent()
        && robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream().anyMatch(p -> p.getSelectionModel().getSelectedItem() != null
            && p.getSelectionModel().getSelectedItem().getText().matches("\\D+")));
    walkShowingWindows("overview + call panel", unnamed, checked);

    robot.clickOn("#outboxLink");
    WaitForAsyncUtils.waitForFxEvents();
    walkShowingWindows("Udbakke", unnamed, checked);
    closeDialogs();

    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#commandPalette").tryQuery().isPresent());
    walkShowingWindows("command palette", unnamed, checked);
    closeDialogs();

    robot.clickOn("#productName");
    robot.press(KeyCode.CONTROL).press(KeyCode.COMMA).release(KeyCode.COMMA).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#settingsDialog").tryQuery().isPresent());
    walkShowingWindows("Indstillinger", unnamed, checked);
    closeDialogs();

    System.out.println("accessible names: " + checked[0] + " interactive controls checked");
    assertThat(checked[0]).as("interactive controls checked").isGreaterThan(20);
    assertThat(unnamed).as("interactive controls without an accessible name").isEmpty();
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

  private void walkShowingWindows(String screen, Set<String> unnamed, int[] checked) {
    robot.interact(() -> {
      for (Window window : List.copyOf(Window.getWindows())) {
        if (window.isShowing() && window.getScene() != null) {
          Parent root = window.getScene().getRoot();
          List<Node> nodes = new ArrayList<>();
          collect(root, nodes);
          for (Node node : nodes) {
            if (isInteractive(node)) {
              checked[0]++;
              if (!hasName((Control) node, nodes)) {
                unnamed.add(screen + ": " + describe(node));
              }
            }
          }
        }
      }
    });
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
