package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.PersonCandidate;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import dk.workbench.service.overview.Section;
import java.util.Arrays;
import java.util.EnumMap;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
    // a cache of this run's own, so that what earlier runs looked up is not there
    System.setProperty("workbench.cache.directory", Files.createTempDirectory("workbench-test-cache").toString());
    // these tests close telephone-enquiry tabs freely; CallFlowFxTest covers the required wrap-up
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
    assertThat(robot.from(selectedTab().getContent()).lookup("#addressRevealer").query().isVisible())
        .as("no protected address, nothing to reveal").isFalse();
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
    assertThat(robot.from(selectedTab().getContent()).lookup("#addressRevealer").query().isVisible())
        .as("a caseworker may reveal it for a reason").isTrue();
  }

  @Test
  void everySectionOfAnArchetypeArrives() throws Exception {
    String cpr = archetypeCpr("family-with-children");
    String expectedName = expectedFullName(cpr);

    search(cpr, "Sagsbehandling");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expectedName.equals(selectedTab().getText()));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> Arrays.stream(Section.values()).noneMatch(s -> cardState(s).equals("loading")));
    for (Section section : Section.values()) {
      assertThat(cardState(section)).as(section.name()).isEqualTo("loaded");
    }
    assertThat(cardTexts(Section.BENEFITS)).anyMatch(t -> t.contains("kr."));
  }

  @Test
  void aFailingBackEndShowsItsMessageWhileTheOthersRender() throws Exception {
    setFaults("cases:error=100%,status=500");
    try {
      search(archetypeCpr("under-guardianship"), "Personligt fremmøde"); // never looked up before: nothing cached

      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cardState(Section.CASES).equals("failed"));
      assertThat(cardTexts(Section.CASES)).anyMatch(t -> t.startsWith("Sagsindeks er ikke tilgængelig lige nu."));
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cardState(Section.BENEFITS).equals("loaded"));
      assertThat(cardState(Section.PERSON)).isEqualTo("loaded");
      assertThat(robot.from(card(Section.CASES)).lookup(".button").queryAs(Button.class).isVisible())
          .as("a retry button").isTrue();
    } finally {
      setFaults("none");
    }
  }

  @Test
  void whenABackEndIsDownTheCachedCopyIsShownMarkedOffline() throws Exception {
    String cpr = archetypeCpr("pensioner-working-spouse");
    search(cpr, "Sagsbehandling");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cardState(Section.CASES).equals("loaded"));
    setFaults("cases:error=100%,status=500");
    try {
      search(cpr, "Personligt fremmøde"); // another purpose: a new look-up, fetched anew

      WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS,
          () -> cardTexts(Section.CASES).stream().anyMatch(t -> t.startsWith("Offline — data fra ")));
      assertThat(cardTexts(Section.CASES)).anyMatch(t -> t.startsWith("Sagsindeks er ikke tilgængelig lige nu."));
      assertThat(robot.from(card(Section.CASES)).lookup(".row-text").queryAll()).isNotEmpty();
    } finally {
      setFaults("none");
    }
  }

  @Test
  void aSlowBackEndDoesNotHoldBackTheOthers() throws Exception {
    setFaults("interactions:latency=4s");
    try {
      search(archetypeCpr("pensioner-couple"), "Sagsbehandling");

      // watch the cards until the slow one arrives, noting when each one arrived
      Map<Section, Long> arrived = new EnumMap<>(Section.class);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!arrived.containsKey(Section.INTERACTIONS) && System.nanoTime() < deadline) {
        for (Section section : Section.values()) {
          if (!arrived.containsKey(section) && cardState(section).equals("loaded")) {
            arrived.put(section, System.nanoTime());
          }
        }
        Thread.sleep(25);
      }
      assertThat(arrived).as("every section arrived").containsOnlyKeys(Section.values());
      for (Section section : Section.values()) {
        if (section != Section.INTERACTIONS) {
          assertThat(arrived.get(section)).as(section + " before the slow interactions")
              .isLessThan(arrived.get(Section.INTERACTIONS));
        }
      }
    } finally {
      setFaults("none");
    }
  }

  @Test
  void aNameWithABirthDateListsCandidatesAndThePickedOneOpens() throws Exception {
    String cpr = archetypeCpr("single-pensioner");
    var person = app.context().getBean(CprClient.class).lookupPerson(CprNumber.parse(cpr)).persondata();
    String name = person.navn().fuldtNavn();
    String born = person.foedselsdato().getDayOfMonth() + "." + person.foedselsdato().getMonthValue() + "."
        + person.foedselsdato().getYear();

    search(name + " " + born, "Telefonisk henvendelse");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !candidates().getItems().isEmpty());
    int index = 0;
    while (!candidates().getItems().get(index).personnummer().equals(cpr)) {
      index++;
    }
    int pick = index;
    robot.interact(() -> {
      candidates().getSelectionModel().select(pick);
      candidates().requestFocus();
    });
    robot.type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> name.equals(selectedTab().getText()));
    assertThat(candidates().isVisible()).as("the list closes once a person is picked").isFalse();
  }

  @Test
  void ctrlDigitShowsATabAndCtrlWClosesIt() throws Exception {
    search(archetypeCpr("deceased"), "Sagsbehandling");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tabs().getTabs().isEmpty());
    search(archetypeCpr("emigrated"), "Sagsbehandling");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tabs().getTabs().size() >= 2);
    int before = tabs().getTabs().size();

    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tabs().getSelectionModel().getSelectedIndex()).isZero();

    robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tabs().getTabs()).hasSize(before - 1);
  }

  @Test
  void theBenefitsCardOpensTheDecisionWorkspaceAndEscapeGoesBack() throws Exception {
    search(archetypeCpr("pensioner-working-spouse"), "Telefonisk henvendelse");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cardState(Section.BENEFITS).equals("loaded"));

    // from the keyboard: beside a call's panel the button may lie below the visible part of the cards
    Button open = robot.from(selectedTab().getContent()).lookup("#openDecisions").queryAs(Button.class);
    robot.interact(open::requestFocus);
    robot.type(KeyCode.SPACE);
    try {
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".explanation-line").tryQuery().isPresent());
      assertThat(robot.lookup("#verificationLabel").queryAs(Label.class).getText()).startsWith("✓ Genberegnet");

      robot.clickOn("#decisionList").type(KeyCode.ESCAPE);
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
          () -> robot.from(selectedTab().getContent()).lookup("#section-BENEFITS").tryQuery().isPresent());
    } finally {
      robot.lookup("#backButton").tryQuery().ifPresent(back -> robot.interact(() -> ((Button) back).fire()));
    }
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

  @Test
  void anAccessRecordTheBackEndDidNotTakeWaitsInTheOutboxUntilTriedAgain() throws Exception {
    // earlier tests may have left a write the back-end refused for good (e.g. for an unknown person): count from here
    int failedBefore = failedInOutbox();
    setFaults("accesslog:error=100%,status=500");
    try {
      search(archetypeCpr("emigrated"), "Personligt fremmøde");

      WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> failedInOutbox() == failedBefore + 1);
      robot.clickOn("#outboxLink");
      waitUntilVisible("#outboxFailures");
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !failuresTable().getItems().isEmpty());
      assertThat(robot.lookup("#outboxFailures .table-cell").queryAllAs(javafx.scene.control.Labeled.class))
          .extracting(javafx.scene.control.Labeled::getText)
          .contains("Registrering i borgerens adgangslog")
          .anyMatch(text -> text.contains("500"));
      assertThat(robot.lookup("#cacheFigures").queryAs(Label.class).getText()).contains("afsnit om");
    } finally {
      setFaults("none");
    }
    robot.interact(() -> failuresTable().getSelectionModel().select(failuresTable().getItems().stream()
        .filter(f -> f.lastError().contains("500")).findFirst().orElseThrow()));
    robot.clickOn("#retryButton");

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> failedInOutbox() == failedBefore && count(" venter") == 0);
    robot.clickOn("Luk");
  }

  /** M of "Udbakke: N venter – M fejlet"; 0 when nothing failed. */
  private int failedInOutbox() {
    return count(" fejlet");
  }

  /** The number before {@code word} in the status bar's outbox text, 0 when it is not there ("Udbakke: tom"). */
  private int count(String word) {
    var m = java.util.regex.Pattern.compile("(\\d+)" + word).matcher(outboxText());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private String outboxText() {
    return robot.lookup("#outboxLink").queryAs(javafx.scene.control.Hyperlink.class).getText();
  }

  @SuppressWarnings("unchecked")
  private javafx.scene.control.TableView<dk.workbench.service.offline.LocalData.Failure> failuresTable() {
    return robot.lookup("#outboxFailures").queryAs(javafx.scene.control.TableView.class);
  }

  private void waitUntilVisible(String query) {
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).query().isVisible());
    } catch (Exception e) {
      throw new AssertionError(query + " did not become visible", e);
    }
  }

  private void search(String cpr, String purpose) {
    robot.interact(() -> robot.lookup("#cprField").queryAs(TextField.class).clear());
    robot.clickOn("#cprField").write(cpr);
    robot.clickOn("#purposeBox").clickOn(purpose);
    robot.clickOn("#searchButton");
  }

  private Node card(Section section) {
    return robot.from(selectedTab().getContent()).lookup("#section-" + section.name()).query();
  }

  /** "loading", "failed", "refused" or "loaded", from what the card shows. */
  private String cardState(Section section) {
    Node card = card(section);
    if (card == null) {
      return "missing";
    }
    if (robot.from(card).lookup(".section-skeleton").query().isVisible()) {
      return "loading";
    }
    if (robot.from(card).lookup(".section-failed").tryQuery().map(Node::isVisible).orElse(false)) {
      return "failed";
    }
    if (robot.from(card).lookup(".section-refused").tryQuery().map(Node::isVisible).orElse(false)) {
      return "refused";
    }
    return "loaded";
  }

  private List<String> cardTexts(Section section) {
    return robot.from(card(section)).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
  }

  /** Fault injection at run time, through the embedded sandbox's own endpoint. */
  private static void setFaults(String text) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(sandbox.resolve("sandbox/v1/faults"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private TabPane tabs() {
    return robot.lookup("#citizenTabs .tab-pane").queryAs(TabPane.class);
  }

  @SuppressWarnings("unchecked")
  private ListView<PersonCandidate> candidates() {
    return robot.lookup("#candidateList").queryAs(ListView.class);
  }

  private Tab selectedTab() {
    Tab tab = tabs().getSelectionModel().getSelectedItem();
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
