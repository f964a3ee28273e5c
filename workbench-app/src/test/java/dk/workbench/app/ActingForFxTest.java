package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.PartyType;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.fuldmagt.PowerOrigin;
import dk.workbench.contracts.fuldmagt.PowerStatus;
import dk.workbench.sandbox.fuldmagt.PowersOfAttorney;
import dk.workbench.sandbox.population.Population;
import dk.workbench.service.accesslog.AccessLogRow;
import dk.workbench.service.overview.Section;
import dk.workbench.ui.accesslog.AccessLogView;
import dk.workbench.ui.accesslog.AccessLogViewModel;
import dk.workbench.ui.attorney.PowersViewModel;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Acting for a citizen, Digital Post and the access log in the real app in demo mode (embedded
 * sandbox over loopback), driven through its windows.
 */
@Tag("ui")
class ActingForFxTest {
  private static FxApplication app;
  private static Population population;
  private static PowersOfAttorney powers;
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void startApp() throws Exception {
    System.setProperty("workbench.cache.directory", Files.createTempDirectory("workbench-test-cache").toString());
    System.setProperty("workbench.attorney.recheck", "1s"); // a revoked power is noticed within a second or two
    FxToolkit.registerPrimaryStage();
    FxToolkit.cleanupStages(); // no window (a dialog) of an earlier test class in this JVM may take the input
    app = (FxApplication) FxToolkit.setupApplication(FxApplication.class);
    app.context().getBean(BackendEndpoint.class).awaitReady();
    population = Population.generate(Population.DEFAULT_SEED);
    powers = PowersOfAttorney.of(population);
  }

  @AfterAll
  static void stopApp() throws Exception {
    System.clearProperty("workbench.attorney.recheck");
    FxToolkit.cleanupApplication(app);
  }

  @AfterEach
  void closeOtherWindows() {
    robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
        .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(w -> ((Stage) w).close()));
  }

  @Test
  void aSessionWithAValidPowerShowsOnlyTheCoveredPanels() throws Exception {
    PowerOfAttorney power = power(p -> p.status() == PowerStatus.ACTIVE && p.origin() == PowerOrigin.DIGITAL
        && !p.privileges().contains(FuldmagtPrivilege.READ_CASES)
        && p.privileges().contains(FuldmagtPrivilege.READ_BENEFITS));
    openCitizen(power.grantor().cpr());

    startWithPower(power.grantee().cpr());

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inTab("#sessionHeader", Label.class).getText()
        .contains("— fuldmagt"));
    assertThat(inTab("#sessionHeader", Label.class).getText())
        .startsWith(power.grantee().name() + " handler på vegne af " + power.grantor().name() + " — fuldmagt "
            + power.id());
    assertThat(inTab("#section-" + Section.CASES, Node.class).isVisible()).isFalse();
    assertThat(inTab("#section-" + Section.DEADLINES, Node.class).isVisible()).isFalse();
    assertThat(inTab("#hidden-" + Section.CASES, VBox.class).isVisible()).isTrue();
    assertThat(robot.from(inTab("#hidden-" + Section.CASES, VBox.class)).lookup(".label").queryAllAs(Label.class))
        .anyMatch(l -> l.getText().equals("Skjult i sessionen: fuldmagten dækker ikke disse oplysninger."));
    assertThat(inTab("#section-" + Section.BENEFITS, Node.class).isVisible()).isTrue();
    assertThat(inTab("#section-" + Section.PERSON, Node.class).isVisible()).isTrue();
    assertThat(inTab("#section-" + Section.DIGITAL_POST, Node.class).isVisible())
        .isEqualTo(power.privileges().contains(FuldmagtPrivilege.READ_DIGITAL_POST));

    robot.interact(() -> inTab("#showPowers", Button.class).fire());
    TableView<PowersViewModel.Row> table = robot.lookup("#powersTable").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
    assertThat(table.getItems()).anySatisfy(row -> {
      assertThat(row.id()).isEqualTo(power.id());
      assertThat(row.grantee()).isEqualTo(power.grantee().name());
      assertThat(row.status()).isEqualTo("Aktiv");
      assertThat(row.origin()).isEqualTo("Digital Fuldmagt");
    });
    closeOtherWindows();

    // the grantor revokes the power in Digital Fuldmagt while the session runs: the periodic re-check blocks the tab
    var revoked = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        app.context().getBean(BackendEndpoint.class).baseUrl().resolve("sandbox/v1/powers/" + power.id() + "/revoke"))
        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(revoked.statusCode()).isEqualTo(200);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inTab("#sessionWarning", Label.class).getText()
        .startsWith("Blokeret: fuldmagten er tilbagekaldt."));
    assertThat(inTab("#section-" + Section.BENEFITS, Node.class).isVisible()).isFalse();
    assertThat(inTab("#section-" + Section.PERSON, Node.class).isVisible()).isTrue();
  }

  @Test
  void aParkedTabIsResumedWithItsActingForSession() throws Exception {
    PowerOfAttorney first = power(ActingForFxTest::readsBenefitsNotCases);
    PowerOfAttorney power = power(p -> readsBenefitsNotCases(p) && !p.grantor().cpr().equals(first.grantor().cpr()));
    openCitizen(power.grantor().cpr());
    startWithPower(power.grantee().cpr());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inTab("#sessionHeader", Label.class).getText()
        .contains("— fuldmagt " + power.id()));
    String title = selectedTab().getText();
    String header = inTab("#sessionHeader", Label.class).getText();
    closeOtherWindows();

    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tabs().getTabs().stream().noneMatch(t -> t.getText().equals(title)));
    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paletteField").tryQuery().isPresent());
    robot.clickOn("#paletteField").write("Genoptag parkeret: " + title).type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> selectedTab().getText().equals(title)
        && robot.from(selectedTab().getContent()).lookup("#sessionHeader").tryQuery().isPresent());
    assertThat(inTab("#sessionHeader", Label.class).getText()).isEqualTo(header)
        .startsWith(power.grantee().name() + " handler på vegne af " + power.grantor().name() + " — fuldmagt " + power.id());
    assertThat(inTab("#sessionWarning", Label.class).isVisible()).isFalse();
    assertThat(inTab("#endSession", Button.class).isVisible()).as("the session goes on").isTrue();
    assertThat(inTab("#section-" + Section.CASES, Node.class).isVisible()).isFalse();
    assertThat(inTab("#hidden-" + Section.CASES, VBox.class).isVisible()).isTrue();
    assertThat(inTab("#section-" + Section.BENEFITS, Node.class).isVisible()).isTrue();
  }

  private static boolean readsBenefitsNotCases(PowerOfAttorney p) {
    return p.status() == PowerStatus.ACTIVE && p.origin() == PowerOrigin.DIGITAL
        && !p.privileges().contains(FuldmagtPrivilege.READ_CASES) && p.privileges().contains(FuldmagtPrivilege.READ_BENEFITS);
  }

  private TabPane tabs() {
    return robot.lookup("#citizenTabs .tab-pane").queryAs(TabPane.class);
  }

  @Test
  void anExpiredPowerBlocksWithTheReason() throws Exception {
    PowerOfAttorney expired = power(p -> p.status() == PowerStatus.EXPIRED);
    openCitizen(expired.grantor().cpr());

    startWithPower(expired.grantee().cpr());

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#dialogMessage").queryAs(Label.class)
        .getText().isEmpty());
    assertThat(robot.lookup("#dialogMessage").queryAs(Label.class).getText())
        .isEqualTo("Kan ikke starte sessionen: fuldmagten er udløbet.");
    assertThat(inTab("#sessionHeader", Label.class).getText())
        .isEqualTo("Ingen handler på vegne af borgeren i denne fane.");
    assertThat(inTab("#section-" + Section.CASES, Node.class).isVisible()).isTrue();
  }

  @Test
  void digitalPostOpensAMemoMessageWithItsPdfAttachment() throws Exception {
    openCitizen(archetype("heavy-history"));
    robot.interact(() -> inTab("#startSession", Button.class).fire());
    robot.interact(() -> robot.lookup("#basisPresent").queryAs(RadioButton.class).setSelected(true));
    robot.interact(() -> robot.lookup("#startSessionButton").queryAs(Button.class).fire());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> inTab("#sessionHeader", Label.class).getText()
        .contains("er selv til stede"));

    for (int run = 1; run <= 3; run++) {
      if (run > 1) {
        closeOtherWindows();
      }
      long started = System.nanoTime();
      robot.interact(() -> inTab("#openMailbox", Button.class).fire());
      WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !messages().getItems().isEmpty());
      long firstPageMs = (System.nanoTime() - started) / 1_000_000;
      System.out.println("Heavy mailbox, opening " + run + ": click to first page shown " + firstPageMs + " ms");
    }
    // the first page comes before the counts: the inbox's total arrives with the registration
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#postStatus").queryAs(Label.class).getText()
        .matches("\\d+ af 10\\.000 breve vist.*"));
    System.out.println("Heavy mailbox: asked to first page in the list " + ((dk.workbench.ui.digitalpost.DigitalPostView) robot
        .lookup("#digitalPostView").query().getUserData()).viewModel().firstPageMillisProperty().get() + " ms");
    robot.interact(() -> messages().getSelectionModel().select(0));

    WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> !robot.lookup("#postPages").queryAs(VBox.class)
        .getChildren().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#postPages").queryAs(VBox.class).getChildren())
        .allMatch(n -> n instanceof ImageView view && view.getImage().getWidth() > 100);
    assertThat(robot.lookup("#postMessageHeader").queryAs(Label.class).getText())
        .startsWith(messages().getItems().get(0).label()).contains("Fra: ");
  }

  @Test
  void theAccessLogFiltersTheHeavyArchetype() throws Exception {
    openCitizen(archetype("heavy-history"));
    robot.interact(() -> inTab("#openAccessLog", Button.class).fire());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> status().matches("[\\d.,]+ registreringer, nyeste først"));
    long all = count();
    assertThat(all).isGreaterThanOrEqualTo(1_000_000);
    AccessLogViewModel vm = ((AccessLogView) robot.lookup("#accessLogView").query().getUserData()).viewModel();

    // typed one key at a time: each keystroke asks the back-end for the newest page of the new filter
    String organisation = "Udbetaling Danmark";
    for (char c : organisation.toCharArray()) {
      robot.interact(() -> {
        TextField field = robot.lookup("#accessOrganisation").queryAs(TextField.class);
        field.setText(field.getText() + c);
      });
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !status().startsWith("Henter"));
    }
    robot.interact(() -> robot.lookup("#accessAction").queryAs(ComboBox.class).setValue(AccessAction.READ));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !status().startsWith("Henter"));

    long filtered = count();
    assertThat(filtered).isPositive().isLessThan(all);
    TableView<AccessLogRow> table = robot.lookup("#accessTable").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize((int) filtered);
    int deep = (int) (filtered / 2);
    robot.interact(() -> table.scrollTo(deep));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !AccessLogViewModel.pending(table.getItems().get(deep)));
    for (int i : new int[] {0, 1, deep}) {
      AccessLogRow row = table.getItems().get(i);
      assertThat(row.organisation()).isEqualTo(organisation);
      assertThat(row.action()).isEqualTo("READ");
      assertThat(row.employee()).as("names hidden by default").isEmpty();
    }
    report("first pass (cold, the back-end builds its index)", vm.updateMillis());
    // the same keystrokes again, warm
    vm.updateMillis().clear();
    robot.interact(() -> robot.lookup("#accessOrganisation").queryAs(TextField.class).setText(""));
    for (char c : organisation.toCharArray()) {
      robot.interact(() -> {
        TextField field = robot.lookup("#accessOrganisation").queryAs(TextField.class);
        field.setText(field.getText() + c);
      });
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !status().startsWith("Henter"));
    }
    report("second pass (warm)", vm.updateMillis());
    assertThat(count()).isEqualTo(filtered);
  }

  private static void report(String what, List<Long> millis) {
    List<Long> times = new ArrayList<>(millis);
    Collections.sort(times);
    long p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1);
    System.out.println("Access log keystroke to updated table, " + what + ": n=" + times.size() + " p50 "
        + times.get(times.size() / 2) + " ms, p95 " + p95 + " ms, max " + times.get(times.size() - 1) + " ms");
  }

  private void startWithPower(String granteeCpr) {
    robot.interact(() -> inTab("#startSession", Button.class).fire());
    robot.interact(() -> robot.lookup("#actorField").queryAs(TextField.class).setText(granteeCpr));
    robot.interact(() -> robot.lookup("#findActor").queryAs(Button.class).fire());
    WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {});
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#actorChosen").queryAs(Label.class)
          .getText().isEmpty());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the acting person was not found", e);
    }
    robot.interact(() -> robot.lookup("#startSessionButton").queryAs(Button.class).fire());
  }

  private ListView<dk.workbench.contracts.digitalpost.MailboxMessage> messages() {
    return robot.lookup("#postMessages").queryAs(ListView.class);
  }

  private long count() {
    return Long.parseLong(status().split(" ")[0].replaceAll("[.,]", ""));
  }

  private String status() {
    return robot.lookup("#accessStatus").queryAs(Label.class).getText();
  }

  private void openCitizen(String cpr) throws Exception {
    String name = population.find(cpr).orElseThrow().persondata().navn().fuldtNavn();
    robot.interact(() -> robot.lookup("#cprField").queryAs(TextField.class).setText(cpr));
    robot.clickOn("#purposeBox").clickOn("Personligt fremmøde");
    robot.clickOn("#searchButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> name.equals(selectedTab().getText()));
    // every section in (on a loaded machine the sandbox's first powers call derives them all)
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.from(selectedTab().getContent())
        .lookup(".section-skeleton").queryAll().stream().noneMatch(Node::isVisible));
  }

  private <T extends Node> T inTab(String query, Class<T> type) {
    return robot.from(selectedTab().getContent()).lookup(query).queryAs(type);
  }

  private Tab selectedTab() {
    Tab tab = robot.lookup("#citizenTabs .tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
    return tab == null ? new Tab() : tab;
  }

  private static String archetype(String name) {
    return population.archetypes().stream().filter(e -> e.archetype().equals(name)).findFirst().orElseThrow().cpr();
  }

  /** A power between two persons (the only one between them) with its status as of today, that fits. */
  private static PowerOfAttorney power(Predicate<PowerOfAttorney> fits) {
    LocalDate today = LocalDate.now();
    return powers.all().stream()
        .filter(p -> p.grantee().type() == PartyType.PERSON)
        .filter(p -> powers.grantedBy(p.grantor().cpr()).stream()
            .filter(o -> o.grantee().identifier().equals(p.grantee().identifier())).count() == 1)
        .filter(p -> population.find(p.grantor().cpr()).map(g -> g.persondata().status() == null
            || !"90".equals(g.persondata().status().status())).orElse(false))
        .map(p -> PowersOfAttorney.asOf(p, today))
        .filter(fits)
        .findFirst().orElseThrow();
  }
}
