package dk.workbench.ui.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.benefits.BenefitsClient;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.rules.RulesEngine;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.service.explanation.DecisionWorkspace;
import dk.workbench.service.explanation.SupervisorReports;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The decision workspace in a window, on the real sandbox over loopback, driven by keyboard and mouse. */
@Tag("ui")
class DecisionWorkspaceFxTest {
  private static SandboxServer sandbox;
  private static ApiEndpoint endpoint;
  private static DecisionWorkspace service;
  private static ExecutorService io;
  private static Stage stage;
  private static final Map<String, String> WRONG = new java.util.HashMap<>();

  private final FxRobot robot = new FxRobot();
  private final AtomicBoolean wentBack = new AtomicBoolean();
  private DecisionWorkspaceViewModel viewModel;

  @BeforeAll
  static void start() throws Exception {
    sandbox = SandboxServer.start(SandboxConfig.defaults());
    var plain = HttpClients.newClient(HttpSettings.defaults());
    var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.CALL_AGENT, null);
    endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
    service = new DecisionWorkspace(new DecisionsClient(endpoint), new BenefitsClient(endpoint), RulesEngine.standard(),
        SupervisorReports.direct(new InteractionsClient(endpoint)), Clock.systemDefaultZone());
    io = Executors.newFixedThreadPool(4);
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/v1/archetypes")).build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode entry : new ObjectMapper().readTree(answer.body())) {
      if (entry.path("archetype").asText().equals("wrong-decision")) {
        WRONG.put(entry.get("decisionId").asText(), entry.get("cpr").asText());
      }
    }
    stage = FxToolkit.registerPrimaryStage();
  }

  @AfterAll
  static void stop() {
    io.shutdownNow();
    sandbox.close();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  /** Shows the workspace of a citizen and waits for the newest decision to be opened. */
  private void show(CprNumber cpr) throws Exception {
    Messages messages = new Messages(Locale.forLanguageTag("da"));
    viewModel = new DecisionWorkspaceViewModel(cpr, service, BackgroundTasks.onFxThread(io), messages,
        Clock.systemDefaultZone());
    FxToolkit.setupStage(s -> {
      DecisionWorkspaceView view = new DecisionWorkspaceView(viewModel, messages, () -> wentBack.set(true));
      s.setScene(new Scene(view, 1400, 900));
      s.show();
      viewModel.start();
    });
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lines().isEmpty() && !label("#verificationLabel").getText().isEmpty());
  }

  @Test
  void aDecisionOpensAsLinesWithTheirDetailsAndAQuietCheckMark() throws Exception {
    show(citizenWith(BenefitType.FOLKEPENSION, 1));

    assertThat(label("#verificationLabel").getText()).startsWith("✓ Genberegnet");
    assertThat(robot.lookup("#sendButton").queryAs(Button.class).isVisible()).isFalse();
    assertThat(lines()).hasSizeGreaterThan(5);
    assertThat(lines()).allMatch(p -> p.getAccessibleText() != null && p.getAccessibleText().startsWith("Linje "));
    assertThat(lines()).noneMatch(TitledPane::isExpanded);

    robot.clickOn("#detailsToggle");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(lines()).allMatch(TitledPane::isExpanded);
    List<String> texts = robot.from(lines().get(0)).lookup(".label").queryAllAs(Label.class).stream()
        .map(Label::getText).toList();
    assertThat(texts).anyMatch(t -> t.startsWith("Lovgrundlag: "));
    assertThat(String.join("\n", allLineTexts())).contains("Sats: ").contains("gyldig fra").contains("kilde: ")
        .contains("Beregning: ");

    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(wentBack).as("Escape goes back to the overview").isTrue();
  }

  @Test
  void aDeliberatelyWrongDecisionShowsItsDifferingLinesAndCanBeSentToASupervisor() throws Exception {
    Map.Entry<String, String> wrong = WRONG.entrySet().iterator().next();
    CprNumber cpr = CprNumber.parse(wrong.getValue());
    show(cpr);
    openDecision(wrong.getKey());

    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label("#verificationLabel").getText().startsWith("⚠ Afvigelse"));
    List<TitledPane> differing = lines().stream().filter(p -> p.getStyleClass().contains("line-differs")).toList();
    assertThat(differing).isNotEmpty();
    assertThat(differing).allMatch(p -> p.getText().startsWith("⚠") && p.isExpanded()
        && p.getAccessibleText().startsWith("Afviger"));
    assertThat(robot.from(differing.get(0)).lookup(".line-difference").queryAllAs(Label.class))
        .anyMatch(l -> l.getText().contains("Udbetaling Danmark") && l.getText().contains("genberegnet"));

    robot.clickOn("#sendButton");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label("#sentLabel").getText().startsWith("Sendt til supervisor"));
    assertThat(new InteractionsClient(endpoint).interactions(cpr))
        .anyMatch(i -> i.notes() != null && i.notes().contains(wrong.getKey()));
    assertThat(robot.lookup("#sendButton").queryAs(Button.class).isDisabled()).as("sent once").isTrue();
  }

  @Test
  void theChangeViewShowsTheChangedLinesOfTheLatestTwoDecisions() throws Exception {
    show(citizenWith(BenefitType.FOLKEPENSION, 2));
    robot.interact(() -> robot.lookup("#workspaceTabs").queryAs(TabPane.class).getSelectionModel().select(1));

    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !changeList().getItems().isEmpty());
    assertThat(label("#changeStatusLabel").getText()).contains("ændret");
    assertThat(changeList().getItems()).allMatch(c -> c.values().contains("→") && !c.reasons().isEmpty());
    assertThat(changeList().getItems()).flatMap(DecisionWorkspaceViewModel.ChangeItem::reasons)
        .anyMatch(r -> r.startsWith("Sats "));
  }

  @Test
  void whatIfChangesTheAmountAndTheLinesAndResetRestoresTheDecision() throws Exception {
    show(citizenWith(BenefitType.FOLKEPENSION, 1));
    robot.interact(() -> robot.lookup("#workspaceTabs").queryAs(TabPane.class).getSelectionModel().select(2));
    WaitForAsyncUtils.waitForFxEvents();
    String before = label("#whatIfAmountLabel").getText();
    assertThat(before).startsWith("Simuleret: ");
    assertThat(whatIfTexts()).isEmpty();

    TextField years = robot.lookup("#whatif-RESIDENCE_YEARS").queryAs(TextField.class);
    robot.clickOn(years);
    robot.interact(years::selectAll);
    robot.write("10");

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !whatIfTexts().isEmpty());
    assertThat(label("#whatIfAmountLabel").getText()).isNotEqualTo(before);
    assertThat(whatIfTexts()).anyMatch(t -> t.contains("→") && t.contains("residenceYearsInDenmark"));

    robot.clickOn("#resetButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(whatIfTexts()).isEmpty();
    assertThat(label("#whatIfAmountLabel").getText()).isEqualTo(before);
  }

  @Test
  void theSummaryReadsInDanishOrEnglishAndCopies() throws Exception {
    show(citizenWith(BenefitType.FOLKEPENSION, 1));
    robot.interact(() -> robot.lookup("#workspaceTabs").queryAs(TabPane.class).getSelectionModel().select(3));
    WaitForAsyncUtils.waitForFxEvents();
    String danish = robot.lookup("#summaryArea").queryAs(javafx.scene.control.TextArea.class).getText();
    assertThat(danish.split("\n")).hasSizeBetween(5, 10);

    robot.interact(() -> robot.lookup("#languageBox").queryAs(javafx.scene.control.ComboBox.class)
        .getSelectionModel().select(dk.workbench.rules.Language.EN));
    WaitForAsyncUtils.waitForFxEvents();
    String english = robot.lookup("#summaryArea").queryAs(javafx.scene.control.TextArea.class).getText();
    assertThat(english).isNotEqualTo(danish);
    assertThat(english.split("\n")).hasSameSizeAs(danish.split("\n"));

    robot.clickOn("#copyButton");
    WaitForAsyncUtils.waitForFxEvents();
    String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
        .get(5, TimeUnit.SECONDS);
    assertThat(copied).isEqualTo(english);
  }

  private void openDecision(String id) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !viewModel.decisions().isEmpty());
    for (BenefitType b : List.copyOf(viewModel.benefits())) {
      robot.interact(() -> viewModel.benefitProperty().set(b));
      var match = viewModel.decisions().stream().filter(d -> d.id().equals(id)).findFirst();
      if (match.isPresent()) {
        @SuppressWarnings("unchecked")
        ListView<DecisionWorkspaceViewModel.DecisionItem> list = robot.lookup("#decisionList").queryAs(ListView.class);
        int index = list.getItems().indexOf(match.get());
        robot.interact(() -> {
          list.requestFocus();
          list.getSelectionModel().select(index);
        });
        return;
      }
    }
    throw new AssertionError("decision " + id + " is not listed");
  }

  private List<TitledPane> lines() {
    return robot.lookup(".explanation-line").queryAllAs(TitledPane.class).stream().filter(Node::isVisible).toList();
  }

  private List<String> allLineTexts() {
    return lines().stream().flatMap(p -> robot.from(p).lookup(".label").queryAllAs(Label.class).stream())
        .map(Label::getText).toList();
  }

  private Label label(String query) {
    Node node = robot.lookup(query).query();
    return (Label) node;
  }

  @SuppressWarnings("unchecked")
  private ListView<DecisionWorkspaceViewModel.ChangeItem> changeList() {
    return robot.lookup("#changeList").queryAs(ListView.class);
  }

  /** The changed lines the what-if tab shows. */
  private List<String> whatIfTexts() {
    return robot.lookup("#whatIfList").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
        .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList();
  }

  /** A citizen whose decisions on {@code benefit} are all correct and at least {@code count}. */
  private static CprNumber citizenWith(BenefitType benefit, int count) throws Exception {
    for (Person person : sandbox.population().persons()) {
      CprNumber cpr = CprNumber.parse(person.personnummer());
      List<DecisionSummary> all = service.decisions(cpr, null);
      if (all.isEmpty() || all.get(0).benefit() != benefit || all.stream().anyMatch(s -> WRONG.containsKey(s.id()))) {
        continue;
      }
      if (all.stream().filter(s -> s.benefit() == benefit).count() >= count) {
        return cpr;
      }
    }
    throw new AssertionError("nobody with " + count + " decisions on " + benefit);
  }
}
