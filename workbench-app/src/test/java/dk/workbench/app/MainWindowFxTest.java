package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.contracts.cpr.CprNumber;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app in demo mode (embedded sandbox over loopback), driven through its window. */
@Tag("ui")
class MainWindowFxTest {
  private static FxApplication app;
  private static URI sandbox;
  private final FxRobot robot = new FxRobot();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startApp() throws Exception {
    FxToolkit.registerPrimaryStage();
    app = (FxApplication) FxToolkit.setupApplication(FxApplication.class);
    sandbox = app.context().getBean(BackendEndpoint.class).baseUrl();
  }

  @AfterAll
  static void stopApp() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @BeforeEach
  void clearInputs() {
    robot.interact(() -> {
      robot.lookup("#cprField").queryAs(TextField.class).clear();
      robot.lookup("#purposeBox").queryAs(ComboBox.class).getSelectionModel().clearSelection();
    });
  }

  @Test
  void looksUpAnArchetypeAndShowsTheNameOnItsTab() throws Exception {
    String cpr = archetypeCpr("single-pensioner");
    String expectedName = expectedFullName(cpr);

    robot.clickOn("#cprField").write(cpr);
    robot.clickOn("#purposeBox").clickOn("Telefonisk henvendelse");
    robot.clickOn("#cprField").type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expectedName.equals(selectedTab().getText()));
    assertThat(detailsInSelectedTab()).contains("Enke/enkemand");
  }

  @Test
  void protectedAddressIsShownAsProtected() throws Exception {
    String cpr = archetypeCpr("protected-address");
    String expectedName = expectedFullName(cpr);

    robot.clickOn("#cprField").write(cpr);
    robot.clickOn("#purposeBox").clickOn("Sagsbehandling");
    robot.clickOn("#searchButton");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expectedName.equals(selectedTab().getText()));
    assertThat(detailsInSelectedTab()).contains("Beskyttet adresse");
  }

  @Test
  void badCprShowsTheValidationMessageUnderTheField() {
    robot.clickOn("#cprField").write("12345");
    robot.clickOn("#purposeBox").clickOn("Personligt fremmøde");
    robot.clickOn("#searchButton");

    waitUntilVisible("#cprMessage");
    assertThat(label("#cprMessage").getText()).isEqualTo("Et CPR-nummer har 10 cifre (ddmmåå-xxxx).");
    assertThat(robot.lookup("#cprField").queryAs(TextField.class).getText()).isEqualTo("12345");
  }

  @Test
  void unknownPersonSaysNoPersonFound() throws Exception {
    robot.clickOn("#cprField").write("0101010000");
    robot.clickOn("#purposeBox").clickOn("Sagsbehandling");
    robot.clickOn("#searchButton");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "010101-0000".equals(selectedTab().getText()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(selectedTab().getContent()).lookup("#personMissing")
        .queryAs(Label.class).isVisible());
    assertThat(robot.from(selectedTab().getContent()).lookup("#personMissing").queryAs(Label.class).getText())
        .isEqualTo("Ingen person fundet med dette CPR-nummer.");
  }

  private void waitUntilVisible(String query) {
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).query().isVisible());
    } catch (Exception e) {
      throw new AssertionError(query + " did not become visible", e);
    }
  }

  private Tab selectedTab() {
    TabPane tabs = robot.lookup("#citizenTabs .tab-pane").queryAs(TabPane.class);
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    return tab == null ? new Tab() : tab;
  }

  /** The right-hand texts of the section rows in the tab shown. */
  private List<String> detailsInSelectedTab() {
    return robot.from(selectedTab().getContent()).lookup(".row-detail").queryAllAs(Label.class).stream()
        .map(Label::getText).toList();
  }

  private Label label(String query) {
    Node node = robot.lookup(query).query();
    return (Label) node;
  }

  private String archetypeCpr(String archetype) throws Exception {
    for (JsonNode entry : get("sandbox/v1/archetypes")) {
      if (entry.get("archetype").asText().equals(archetype)) {
        return entry.get("cpr").asText().replace("-", "");
      }
    }
    throw new AssertionError("no archetype " + archetype);
  }

  /** The name as the CPR register serves it (fetched with the app's own authenticated client). */
  private String expectedFullName(String cpr) throws Exception {
    return app.context().getBean(CprClient.class).lookupPerson(CprNumber.parse(cpr)).persondata().navn().fuldtNavn();
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(sandbox.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
