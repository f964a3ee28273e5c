package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.app.pop.PopClient;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Kontaktoplysninger;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.domain.Purpose;
import dk.workbench.sandbox.population.Population;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import dk.workbench.contracts.interactions.FollowUp;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The call-centre's call, driven through the real window (Call-centre issue): a screen-pop by
 * phone, notes, wrap-up required before the tab closes, the record at the sandbox exactly once;
 * a shared phone lists the candidates; the command palette runs a command.
 */
@Tag("ui")
class CallFlowFxTest {
  private static final String CACHE = "workbench.cache.directory";
  private static final String configuredCache = System.getProperty(CACHE);
  private static FxApplication app;
  private static Path cache;
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void startApp() throws Exception {
    cache = Files.createTempDirectory("workbench-call-flow");
    System.setProperty(CACHE, cache.toString());
    FxToolkit.registerPrimaryStage();
    FxToolkit.cleanupStages(); // no window (a dialog) of an earlier test class in this JVM may take the input
    app = (FxApplication) FxToolkit.setupApplication(FxApplication.class);
    app.context().getBean(BackendEndpoint.class).awaitReady();
  }

  @AfterAll
  static void stopApp() throws Exception {
    FxToolkit.cleanupApplication(app);
    if (configuredCache != null) {
      System.setProperty(CACHE, configuredCache);
    }
  }

  @Test
  void aCallFromScreenPopToWrapUpIsRecordedOnce() throws Exception {
    CprNumber karen = CprNumber.parse(archetype("single-pensioner"));
    CprClient cpr = app.context().getBean(CprClient.class);
    String name = cpr.lookupPerson(karen).persondata().navn().fuldtNavn();
    String mobile = cpr.contact(karen).telefonnumre().stream().filter(t -> t.type().equals("MOBIL"))
        .map(Kontaktoplysninger.Telefonnummer::nummer).findFirst().orElseThrow();
    String marker = "flow-" + UUID.randomUUID();

    assertThat(new PopClient(cache).send("phone", "+45 " + mobile)).isEqualTo(PopClient.Result.DELIVERED);

    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> name.equals(selectedTab().getText()));
    assertThat(robot.lookup("#purposeBox").queryAs(ComboBox.class).getValue()).isEqualTo(Purpose.TELEPHONE_ENQUIRY);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !inTab("#wrapUpButton").isDisabled());
    robot.clickOn(inTab("#callNotes")).write("Spurgte til pensionstillægget. " + marker);

    robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(selectedTab().getText()).as("the tab stays open until the call is wrapped up").isEqualTo(name);
    assertThat(((Label) inTab("#callProblems")).getText()).contains("Fanen kan først lukkes", "Vælg mindst én årsag",
        "Vælg et udfald");

    robot.clickOn(inTab("#reason-PENSION"));
    robot.clickOn(inTab("#callOutcome")).clickOn("Løst");
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> ((Label) inTab("#callStatus")).getText().startsWith("Henvendelsen er registreret"));
    robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabs().getTabs().stream().noneMatch(t -> name.equals(t.getText())));

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
        () -> robot.lookup("#outboxLink").queryAs(Hyperlink.class).getText().equals("Udbakke: tom"));
    List<Interaction> recorded = new InteractionsClient(app.context().getBean(dk.workbench.http.ApiEndpoint.class)).interactions(karen).stream()
        .filter(i -> i.notes() != null && i.notes().contains(marker)).toList();
    assertThat(recorded).as("the record at the sandbox, exactly once").hasSize(1);
    assertThat(recorded.get(0).reasons()).extracting(Enum::name).containsExactly("PENSION");
    assertThat(recorded.get(0).outcome().name()).isEqualTo("RESOLVED");
    assertThat(recorded.get(0).channel().name()).isEqualTo("PHONE");
  }

  @Test
  void aPopWithAPhoneSharedByAHouseholdListsTheCandidates() throws Exception {
    CprClient cpr = app.context().getBean(CprClient.class);
    String shared = null;
    for (var entry : Population.generate(Population.DEFAULT_SEED).archetypes()) {
      var landline = cpr.contact(CprNumber.parse(entry.cpr())).telefonnumre().stream()
          .filter(t -> t.type().equals("FASTNET")).findFirst();
      if (landline.isPresent() && cpr.searchByPhone(landline.get().nummer()).total() >= 2) {
        shared = landline.get().nummer();
        break;
      }
    }
    assertThat(shared).as("an archetype household with a shared landline").isNotNull();
    int tabsBefore = tabs().getTabs().size();

    assertThat(new PopClient(cache).send("phone", shared)).isEqualTo(PopClient.Result.DELIVERED);

    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> candidates().getItems().size() >= 2);
    assertThat(tabs().getTabs()).as("nothing opened without a pick").hasSize(tabsBefore);
  }

  @Test
  void thePaletteFindsAndRunsACommandAndF1ListsTheShortcuts() throws Exception {
    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paletteField").tryQuery().isPresent());
    robot.clickOn("#paletteField").write("udbakke");
    assertThat(robot.lookup("#paletteList").queryAs(ListView.class).getItems()).hasSize(1);
    robot.type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#localDataPanel").tryQuery().isPresent());
    robot.clickOn("Luk");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#localDataPanel").tryQuery().isEmpty());

    robot.clickOn("#productName"); // the main window has the keyboard again
    robot.type(KeyCode.F1);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutSheet").tryQuery().isPresent());
    assertThat(robot.lookup("#shortcutSheet .label").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Afslut henvendelse", "Ny note i henvendelsen", "Kommandoer", "Næste afsnit");
    robot.clickOn("Luk");
  }

  @Test
  void aCallHandedToTheSupervisorsIsInTheirQueueAndCanBeAssignedOn() throws Exception {
    String marker = "handover-" + UUID.randomUUID();
    String colleague = "colleague-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(new PopClient(cache).send("cpr", archetype("pensioner-couple"))).isEqualTo(PopClient.Result.DELIVERED);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !inTab("#wrapUpButton").isDisabled());
    robot.clickOn(inTab("#callNotes")).write("Vil tale med en supervisor. " + marker);
    robot.clickOn(inTab("#reason-COMPLAINT"));
    robot.clickOn(inTab("#handOverButton"));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> ((Label) inTab("#callStatus")).getText().startsWith("Henvendelsen er registreret"));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
        () -> robot.lookup("#outboxLink").queryAs(Hyperlink.class).getText().equals("Udbakke: tom"));

    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paletteField").tryQuery().isPresent());
    robot.clickOn("#paletteField").write("Opfølgningskø").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queueRow(marker) >= 0);
    robot.interact(() -> queueTable().getSelectionModel().select(queueRow(marker)));
    robot.clickOn("#queueAssign");
    robot.clickOn("#queueAssignTo").write(colleague).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queueRow(marker) < 0); // gone from the supervisors' queue

    robot.interact(() -> robot.lookup("#queueAssignee").queryAs(javafx.scene.control.TextField.class).setText(colleague));
    robot.clickOn("#queueFetch");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queueRow(marker) >= 0);
    assertThat(queueTable().getItems()).hasSize(1);
    robot.clickOn("Luk");
  }

  @Test
  void aParkedCallIsResumedWithItsNotes() throws Exception {
    String marker = "parked-" + UUID.randomUUID();
    assertThat(new PopClient(cache).send("cpr", archetype("family-with-children"))).isEqualTo(PopClient.Result.DELIVERED);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> !inTab("#wrapUpButton").isDisabled() && selectedTab().getText().matches(".*\\p{L}.*")); // the name is there
    String title = selectedTab().getText();
    robot.clickOn(inTab("#callNotes")).write("Venter på papirer. " + marker);
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabs().getTabs().stream().noneMatch(t -> t.getText().equals(title)));

    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paletteField").tryQuery().isPresent());
    robot.clickOn("#paletteField").write("Genoptag parkeret").type(KeyCode.ENTER);
    try {
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> selectedTab().getText().equals(title)
          && inTab("#callNotes") instanceof javafx.scene.control.TextArea notes && notes.getText().contains(marker));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("shown: " + selectedTab().getText() + " (wanted " + title + "), notes: "
          + (inTab("#callNotes") instanceof javafx.scene.control.TextArea notes ? notes.getText() : "none"), e);
    }
  }

  @SuppressWarnings("unchecked")
  private TableView<FollowUp> queueTable() {
    return robot.lookup("#queueTable").queryAs(TableView.class);
  }

  private int queueRow(String marker) {
    var items = robot.lookup("#queueTable").tryQuery().isPresent() ? queueTable().getItems() : List.<FollowUp>of();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).interaction().notes() != null && items.get(i).interaction().notes().contains(marker)) {
        return i;
      }
    }
    return -1;
  }

  private static String archetype(String name) {
    return Population.generate(Population.DEFAULT_SEED).archetypes().stream()
        .filter(a -> a.archetype().equals(name)).findFirst().orElseThrow().cpr();
  }

  /** The node in the tab shown; a disabled stand-in while no tab (or not this one) is there yet. */
  private javafx.scene.Node inTab(String query) {
    javafx.scene.Node content = selectedTab().getContent();
    javafx.scene.Node found = content == null ? null : robot.from(content).lookup(query).query();
    if (found != null) {
      return found;
    }
    Label none = new Label("");
    none.setDisable(true);
    return none;
  }

  private TabPane tabs() {
    return robot.lookup("#citizenTabs .tab-pane").queryAs(TabPane.class);
  }

  private Tab selectedTab() {
    Tab tab = tabs().getSelectionModel().getSelectedItem();
    return tab == null ? new Tab("") : tab;
  }

  @SuppressWarnings("unchecked")
  private ListView<Object> candidates() {
    return robot.lookup("#candidateList").queryAs(ListView.class);
  }
}
