package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.cache.AuditLog;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.letters.LettersClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.letters.Letter;
import dk.workbench.letters.LetterComposer;
import dk.workbench.letters.LetterRequest;
import dk.workbench.letters.Recipient;
import dk.workbench.letters.Sender;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.rules.Language;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.service.letters.LetterService;
import dk.workbench.service.letters.LetterService.Actor;
import dk.workbench.service.outbox.OutboxWrites;
import dk.workbench.ui.explanation.DecisionWorkspaceViewModel.DecisionItem;
import dk.workbench.ui.letters.LettersViewModel.Row;
import dk.workbench.ui.letters.LettersViewModel.StateChoice;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
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
 * The letter screens in the real app (connected to one sandbox over loopback that outlives the
 * app, as a shared back-end does; the encrypted cache in a temp folder; "print to file"): a
 * caseworker makes a letter from a decision and cannot approve it; the app is started again as a
 * supervisor, a different staff user with a different cache folder, who still sees the letter in
 * the shared letters API, approves and prints it; a batch of approved letters prints as one job
 * with its progress at 100 %, and a cancelled batch prints nothing. The tests run in order.
 */
@Tag("ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LettersFxTest {
  private static final Pattern PAGE = Pattern.compile("Side 1 af (\\d+)");
  private static FxApplication app;
  private static SandboxServer backend;
  private static URI sandbox;
  private static final Map<String, LetterService> others = new HashMap<>();
  private static final List<CacheDatabase> otherCaches = new ArrayList<>();
  private static Path printFolder;
  private static long firstLetter;
  private static int firstLetterPages;
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void startAsCaseworker() throws Exception {
    backend = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    System.setProperty("workbench.mode", "connected");
    System.setProperty("workbench.backend.base-url", backend.baseUrl().toString());
    System.setProperty("workbench.cache.directory", Files.createTempDirectory("workbench-test-cache").toString());
    System.setProperty("workbench.calls.wrap-up-required", "false");
    printFolder = Files.createTempDirectory("workbench-test-printed");
    System.setProperty("workbench.letters.print-folder", printFolder.toString());
    FxToolkit.registerPrimaryStage();
    FxToolkit.cleanupStages(); // no window (a dialog) of an earlier test class in this JVM may take the input
    start();
  }

  private static void start() throws Exception {
    app = (FxApplication) FxToolkit.setupApplication(FxApplication.class);
    BackendEndpoint endpoint = app.context().getBean(BackendEndpoint.class);
    endpoint.awaitReady();
    sandbox = endpoint.baseUrl();
  }

  /**
   * Stops the app and starts it again signed in as {@code user} with {@code role}, with a cache
   * folder of its own (as on another machine): only the shared back-end is the same.
   */
  private static void restartAs(String user, StaffRole role) throws Exception {
    FxToolkit.cleanupStages();
    FxToolkit.cleanupApplication(app);
    System.setProperty("workbench.cache.directory", Files.createTempDirectory("workbench-test-cache-" + user).toString());
    System.setProperty("workbench.staff.username", user);
    System.setProperty("workbench.staff.role", role.name());
    start();
  }

  @AfterAll
  static void stopApp() throws Exception {
    FxToolkit.cleanupStages();
    FxToolkit.cleanupApplication(app);
    for (String p : List.of("workbench.calls.wrap-up-required", "workbench.letters.print-folder",
        "workbench.staff.username", "workbench.staff.role", "workbench.mode", "workbench.backend.base-url",
        "workbench.cache.directory")) {
      System.clearProperty(p);
    }
    otherCaches.forEach(CacheDatabase::close);
    backend.close();
  }

  @Test
  @Order(1)
  void aCaseworkerMakesALetterFromADecisionSeesItsPagesAndCannotApproveIt() throws Exception {
    openDecisions(archetypeCpr("pensioner-working-spouse"));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> label("#verificationLabel").getText().startsWith("✓ Genberegnet"));
    robot.interact(() -> robot.lookup("#letterLargePrint").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));

    pressOn("#makeLetterButton");

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#letter-page").tryQuery()
        .map(n -> PAGE.matcher(((Label) n).getText()).matches()).orElse(false));
    Matcher page = PAGE.matcher(label("#letter-page").getText());
    assertThat(page.matches()).isTrue();
    firstLetterPages = Integer.parseInt(page.group(1));
    assertThat(firstLetterPages).isPositive();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> robot.lookup("#letter-image").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
    Matcher number = Pattern.compile("Brev (\\d+) er gemt som kladde").matcher(label("#letterStatus").getText());
    assertThat(number.find()).as(label("#letterStatus").getText()).isTrue();
    firstLetter = Long.parseLong(number.group(1));
    if (firstLetterPages > 1) { // page through from the keyboard
      robot.type(KeyCode.PAGE_DOWN);
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("#letter-page").getText().startsWith("Side 2 af"));
    }
    robot.type(KeyCode.ESCAPE); // closes the preview
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#letterPreview").tryQuery().isEmpty());

    openLetters();
    selectLetter(firstLetter);
    Row row = table().getSelectionModel().getSelectedItem();
    assertThat(row.state()).isEqualTo("Kladde");
    assertThat(row.letter().createdBy()).isEqualTo("demo-caseworker");
    assertThat(row.citizen()).endsWith("-xxxx)");
    assertThat(button("#letterApproveButton").isDisabled()).isTrue();
    assertThat(button("#letterPrintButton").isDisabled()).isTrue();
    assertThat(label("#letterWhy").getText()).contains("Kun en supervisor kan godkende breve.");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history().getItems().size() == 1);
    assertThat(history().getItems().get(0)).contains("Kladde oprettet · demo-caseworker (sagsbehandler)");
  }

  @Test
  @Order(2)
  void aDecisionWhoseAmountsDifferFromTheRecomputationGetsNoLetter() throws Exception {
    closeLetterWindows();
    JsonNode wrong = null;
    for (JsonNode entry : get("sandbox/v1/archetypes")) {
      if (entry.path("archetype").asText().equals("wrong-decision")) {
        wrong = entry;
        break;
      }
    }
    assertThat(wrong).as("a wrong-decision archetype").isNotNull();
    String decisionId = wrong.get("decisionId").asText();
    openDecisions(wrong.get("cpr").asText().replace("-", ""));
    selectDecision(decisionId);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label("#verificationLabel").getText().startsWith("⚠ Afvigelse"));

    pressOn("#makeLetterButton");

    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label("#letterStatus").getText().startsWith("Der laves ikke brev"));
    assertThat(label("#letterStatus").getText()).contains("stemmer ikke med genberegningen");
    assertThat(robot.lookup("#letterPreview").tryQuery()).isEmpty();
  }

  @Test
  @Order(3)
  void aSupervisorApprovesTheCaseworkersLetterAndPrintsItToAPdfFile() throws Exception {
    restartAs("demo-supervisor", StaffRole.SUPERVISOR);
    openLetters();
    selectLetter(firstLetter);
    assertThat(button("#letterApproveButton").isDisabled()).isFalse();

    pressOn("#letterApproveButton");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Godkendt".equals(selectedRow().state()));
    assertThat(label("#lettersMessage").getText()).isEqualTo("Brev " + firstLetter + " er godkendt.");
    assertThat(button("#letterApproveButton").isDisabled()).isTrue();

    pressOn("#letterPrintButton");
    Path printed = printFolder.resolve("letter-" + firstLetter + ".pdf");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Udskrevet".equals(selectedRow().state()));
    assertThat(Files.readAllBytes(printed)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(pages(printed)).isEqualTo(firstLetterPages);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history().getItems().size() == 3);
    assertThat(history().getItems().get(1)).contains("Godkendt · demo-supervisor (supervisor)");
    assertThat(history().getItems().get(2)).contains("Udskrevet · demo-supervisor (supervisor)");
  }

  @Test
  @Order(4)
  void aSupervisorCannotApproveTheirOwnLetter() throws Exception {
    long own = seed(1, new Actor("demo-supervisor", StaffRole.SUPERVISOR), false).get(0);
    openLetters();
    selectLetter(own);
    assertThat(button("#letterApproveButton").isDisabled()).isTrue();
    assertThat(label("#letterWhy").getText()).contains("Du har selv skrevet brevet; en anden supervisor skal godkende det.");
  }

  @Test
  @Order(5)
  void aBatchOfApprovedLettersPrintsAsOneJobWithItsProgressAt100Percent() throws Exception {
    List<Long> ids = seed(3, new Actor("demo-caseworker", StaffRole.CASEWORKER), true);
    openLetters();
    pickApproved(ids.size());

    pressOn("#lettersBatchPrint");

    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#lettersBatchText").getText().endsWith("udskrevet i ét job."));
    assertThat(label("#lettersBatchText").getText()).isEqualTo("3 breve udskrevet i ét job.");
    assertThat(robot.lookup("#lettersProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
    Path batch = printFolder.resolve("letters-batch-" + ids.get(0) + "-3.pdf");
    int expected = 0;
    for (long id : ids) {
      expected += service().render(id, OutputStream.nullOutputStream());
    }
    assertThat(pages(batch)).isEqualTo(expected);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().isEmpty()); // none left approved
  }

  @Test
  @Order(6)
  void cancellingABatchMidWayPrintsNothingAndTheLettersStayApproved() throws Exception {
    List<Long> ids = seed(6, new Actor("demo-caseworker", StaffRole.CASEWORKER), true);
    openLetters();
    pickApproved(ids.size());
    Button cancel = button("#lettersBatchCancel");
    assertThat(cancel.isDisabled()).isTrue();
    // "Annullér" as soon as the first letter is ready (on the FX thread, while the batch goes on)
    robot.interact(() -> robot.lookup("#lettersProgress").queryAs(ProgressBar.class).progressProperty()
        .addListener((obs, old, p) -> {
          if (p.doubleValue() > 0 && p.doubleValue() < 1 && !cancel.isDisabled()) {
            cancel.fire();
          }
        }));
    List<String> before;
    try (Stream<Path> files = Files.list(printFolder)) {
      before = files.map(p -> p.getFileName().toString()).toList();
    }

    pressOn("#lettersBatchPrint");

    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#lettersBatchText").getText().startsWith("Annulleret efter"));
    Matcher m = Pattern.compile("Annulleret efter (\\d+) af 6 breve\\. Intet er udskrevet; brevene er stadig godkendte\\.")
        .matcher(label("#lettersBatchText").getText());
    assertThat(m.matches()).as(label("#lettersBatchText").getText()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isBetween(1, 5);
    try (Stream<Path> files = Files.list(printFolder)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(before);
    }
    for (long id : ids) {
      assertThat(service().state(id).name()).isEqualTo("APPROVED");
    }
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == ids.size());
    assertThat(table().getItems()).allMatch(r -> r.state().equals("Godkendt"));
  }

  // Helpers

  /** Closes the "Breve" window (with Escape, as a user would), so that the main window has the keyboard. */
  private void closeLetterWindows() throws Exception {
    if (robot.lookup("#lettersTable").tryQuery().isPresent()) {
      robot.interact(() -> robot.lookup("#lettersTable").query().requestFocus());
      robot.type(KeyCode.ESCAPE);
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#lettersTable").tryQuery().isEmpty());
    }
    robot.interact(() -> robot.lookup("#cprField").query().getScene().getWindow().requestFocus());
  }

  /** Looks up a citizen and opens the decision workspace from the benefits card (keyboard). */
  private void openDecisions(String cpr) throws Exception {
    robot.interact(() -> robot.lookup("#cprField").queryAs(TextField.class).clear());
    robot.clickOn("#cprField").write(cpr);
    robot.clickOn("#purposeBox").clickOn("Sagsbehandling");
    robot.clickOn("#searchButton");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#openDecisions").tryQuery()
        .map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
    pressOn(visible("#openDecisions"));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".explanation-line").tryQuery().isPresent()
        && robot.lookup("#makeLetterButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
  }

  @SuppressWarnings("unchecked")
  private void selectDecision(String id) throws Exception {
    ComboBox<Object> benefits = robot.lookup("#benefitBox").queryAs(ComboBox.class);
    ListView<DecisionItem> list = robot.lookup("#decisionList").queryAs(ListView.class);
    for (Object benefit : List.copyOf(benefits.getItems())) {
      robot.interact(() -> benefits.setValue(benefit));
      var match = list.getItems().stream().filter(d -> d.id().equals(id)).findFirst();
      if (match.isPresent()) {
        robot.interact(() -> {
          list.requestFocus();
          list.getSelectionModel().select(match.get());
        });
        return;
      }
    }
    throw new AssertionError("decision " + id + " is not listed");
  }

  /** Ctrl+B opens "Breve"; waits for the letters. */
  private void openLetters() throws Exception {
    if (robot.lookup("#lettersTable").tryQuery().map(n -> n.getScene().getWindow().isFocused()).orElse(false)) {
      robot.type(KeyCode.F5); // open already: fetch again
    } else {
      robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);
    }
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lettersTable").tryQuery().isPresent());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table().getItems().isEmpty());
  }

  /** Filters on approved letters and picks them all with "Vælg alle". */
  @SuppressWarnings("unchecked")
  private void pickApproved(int count) throws Exception {
    ComboBox<StateChoice> state = robot.lookup("#lettersStateFilter").queryAs(ComboBox.class);
    robot.interact(() -> state.setValue(StateChoice.APPROVED));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table().getItems().size() == count
        && table().getItems().stream().allMatch(r -> r.state().equals("Godkendt")));
    pressOn("#lettersSelectAll");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table().getSelectionModel().getSelectedItems().size() == count
        && !button("#lettersBatchPrint").isDisabled());
  }

  private void selectLetter(long id) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table().getItems().stream().anyMatch(r -> r.id() == id));
    robot.interact(() -> {
      TableView<Row> table = table();
      table.requestFocus();
      table.getSelectionModel().clearSelection();
      table.getItems().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> table.getSelectionModel().select(r));
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Approved letters from a facts file, drafted by {@code author} and approved by another supervisor. */
  private List<Long> seed(int count, Actor author, boolean approve) throws Exception {
    LetterComposer composer = new LetterComposer();
    String facts = Files.readString(Path.of("..", "docs", "examples", "facts", "boligstoette.json"), StandardCharsets.UTF_8);
    Letter letter = composer.compose(new LetterRequest(composer.explain(facts), Sender.testProfile(), Recipient.testProfile(),
        LocalDate.of(2026, 11, 30), "2026-1", Language.DA, false, false));
    CprNumber citizen = CprNumber.parse(archetypeCpr("exempt-digital-post"));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long id = as(author).draft(citizen, Recipient.testProfile(), Sender.testProfile(), letter, author);
      if (approve) {
        Actor approver = new Actor("another-supervisor", StaffRole.SUPERVISOR);
        as(approver).approve(id, approver);
      }
      ids.add(id);
    }
    return ids;
  }

  /** The letter workflow of another staff user on another machine: their own token and cache, the same back-end. */
  private static LetterService as(Actor actor) throws Exception {
    if (!others.containsKey(actor.user())) {
      CacheLocation location = CacheLocation.inDirectory(Files.createTempDirectory("workbench-test-other-cache"));
      CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC());
      otherCaches.add(db);
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(backend.baseUrl(), plain), actor.user(), actor.role(), null);
      var endpoint = ApiEndpoint.of(backend.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
      others.put(actor.user(), new LetterService(db, new LettersClient(endpoint), new AuditLog(db),
          new OutboxWrites(db, new Outbox(db)), Clock.systemUTC()));
    }
    return others.get(actor.user());
  }

  private static LetterService service() {
    return app.context().getBean(LetterService.class);
  }

  /** Focuses a control and presses Space on it: every action works without the mouse. */
  private void pressOn(String query) {
    pressOn(robot.lookup(query).query());
  }

  private void pressOn(Node node) {
    robot.interact(node::requestFocus);
    robot.type(KeyCode.SPACE);
  }

  private Node visible(String query) {
    return robot.lookup(query).queryAll().stream().filter(Node::isVisible).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private TableView<Row> table() {
    return robot.lookup("#lettersTable").queryAs(TableView.class);
  }

  private Row selectedRow() {
    Row row = table().getSelectionModel().getSelectedItem();
    return row == null ? table().getItems().stream().filter(r -> r.id() == firstLetter).findFirst().orElse(null) : row;
  }

  @SuppressWarnings("unchecked")
  private ListView<String> history() {
    return robot.lookup("#lettersHistory").queryAs(ListView.class);
  }

  private Button button(String query) {
    return robot.lookup(query).queryAs(Button.class);
  }

  private Label label(String query) {
    return robot.lookup(query).queryAs(Label.class);
  }

  private static int pages(Path pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  private String archetypeCpr(String archetype) throws Exception {
    for (JsonNode entry : get("sandbox/v1/archetypes")) {
      if (entry.get("archetype").asText().equals(archetype)) {
        return entry.get("cpr").asText().replace("-", "");
      }
    }
    throw new AssertionError("no archetype " + archetype);
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(sandbox.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }
}
