package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.service.settings.SettingsStore;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The settings dialog, the high-contrast theme and font scaling in the real app (demo mode, user data in a temp folder). */
@Tag("ui")
class SettingsFxTest {
  private static FxApplication app;
  private static URI sandbox;
  private static Path userData;
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void startApp() throws Exception {
    // the user's data folder (cache and settings.properties) is a fresh temp folder, never the real home
    userData = Files.createTempDirectory("workbench-test-settings");
    System.setProperty("workbench.cache.directory", userData.toString());
    System.setProperty("testfx.setup.timeout", System.getProperty("testfx.setup.timeout", "90000")); // a busy machine
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
  }

  @AfterEach
  void closeDialogs() throws Exception {
    robot.interact(() -> Window.getWindows().stream().filter(w -> w != mainScene().getWindow()).toList()
        .forEach(Window::hide));
  }

  @Test
  void aBadUrlIsRefusedWithItsReasonAndTheTypedTextIsKept() throws Exception {
    Properties before = savedSettings();
    openSettings();
    replaceText("#settingsUrl", "api.eksempel.dk");
    replaceText("#settingsRetention", "14 dage");

    robot.clickOn("#settingsSave");

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !text("#settingsMessage").isEmpty());
    assertThat(text("#settingsUrlError")).contains("http");
    assertThat(text("#settingsRetentionError")).contains("14d");
    assertThat(text("#settingsMessage")).contains("Ikke gemt");
    assertThat(field("#settingsUrl").getText()).isEqualTo("api.eksempel.dk");
    assertThat(field("#settingsRetention").getText()).isEqualTo("14 dage");
    assertThat(savedSettings()).as("nothing saved").isEqualTo(before);
  }

  @Test
  void testConnectionSaysOkForTheSandboxAndWhatFailedForAClosedPort() throws Exception {
    openSettings();
    replaceText("#settingsUrl", sandbox.toString());
    robot.clickOn("#settingsTest");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#settingsTestResult").startsWith("OK"));
    assertThat(text("#settingsTestResult")).contains("HTTP 200");

    replaceText("#settingsUrl", "http://127.0.0.1:" + closedPort() + "/");
    robot.clickOn("#settingsTest");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#settingsTestResult").startsWith("Fejl"));
    assertThat(text("#settingsTestResult")).contains("afvist");
  }

  @Test
  void savePutsTheValuesInTheUsersFile() throws Exception {
    openSettings();
    replaceText("#settingsUrl", sandbox.toString());
    replaceText("#settingsRetention", "30d");
    robot.interact(() -> robot.lookup("#settingsLanguage").queryAs(ComboBox.class).getSelectionModel().select("en"));

    robot.clickOn("#settingsSave");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#settingsMessage").startsWith("Gemt"));
    assertThat(text("#settingsMessage")).contains("startes igen"); // language and URL wait for a restart
    Properties saved = savedSettings();
    assertThat(saved.getProperty(SettingsStore.BASE_URL)).isEqualTo(sandbox.toString());
    assertThat(saved.getProperty(SettingsStore.RETENTION)).isEqualTo("30d");
    assertThat(saved.getProperty(SettingsStore.LANGUAGE)).isEqualTo("en");
    assertThat(saved.getProperty(SettingsStore.MODE)).isEqualTo("demo");
    assertThat(saved.getProperty(SettingsStore.THEME)).isEqualTo("standard");
  }

  @Test
  void ctrlPlusTwiceMakesTheTextBiggerAndIsSaved() throws Exception {
    double before = fontSize("#modeLabel");
    double purposeWidth = robot.lookup("#purposeBox").queryAs(ComboBox.class).getPrefWidth();
    robot.clickOn("#productName");

    robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).type(KeyCode.PLUS).release(KeyCode.CONTROL);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fontSize("#modeLabel") > before);
    assertThat(fontSize("#modeLabel")).isEqualTo(before * 1.25, org.assertj.core.data.Offset.offset(0.01));
    // widths that hold text are in em: they grow with the text instead of clipping it
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#purposeBox").queryAs(ComboBox.class).getPrefWidth())
        .isEqualTo(purposeWidth * 1.25, org.assertj.core.data.Offset.offset(0.5));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "125".equals(savedSettings().getProperty(SettingsStore.FONT_SCALE)));

    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fontSize("#modeLabel") == before);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "100".equals(savedSettings().getProperty(SettingsStore.FONT_SCALE)));
  }

  @Test
  void theHighContrastCommandAddsTheStylesheetToEveryWindowAndIsSaved() throws Exception {
    runFromPalette("kontrast");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> highContrast(mainScene()));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> "high-contrast".equals(savedSettings().getProperty(SettingsStore.THEME)));

    openSettings(); // a dialog opened now is high contrast too, and shows the theme in force
    assertThat(highContrast(robot.lookup("#settingsDialog").query().getScene())).isTrue();
    assertThat(robot.lookup("#settingsTheme").queryAs(ComboBox.class).getValue()).hasToString("HIGH_CONTRAST");
    closeDialogs();

    runFromPalette("kontrast");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !highContrast(mainScene()));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "standard".equals(savedSettings().getProperty(SettingsStore.THEME)));
  }

  @Test
  void theF1SheetListsTheNewShortcuts() throws Exception {
    robot.clickOn("#productName");
    robot.type(KeyCode.F1);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutSheet").tryQuery().isPresent());
    assertThat(robot.lookup("#shortcutSheet .label").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Indstillinger…", "Større tekst", "Mindre tekst", "Normal tekststørrelse (100 %)");
  }

  private void openSettings() throws Exception {
    robot.clickOn("#productName");
    robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#settingsDialog").tryQuery().isPresent());
  }

  private void runFromPalette(String filter) throws Exception {
    robot.clickOn("#productName");
    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#paletteField").tryQuery().isPresent());
    robot.clickOn("#paletteField").write(filter);
    assertThat(robot.lookup("#paletteList").queryAs(ListView.class).getItems()).hasSize(1);
    robot.type(KeyCode.ENTER);
  }

  private void replaceText(String query, String text) {
    robot.interact(() -> field(query).clear());
    robot.clickOn(query).write(text);
  }

  private TextField field(String query) {
    return robot.lookup(query).queryAs(TextField.class);
  }

  private String text(String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private double fontSize(String query) {
    return robot.lookup(query).queryAs(Label.class).getFont().getSize();
  }

  private static Scene mainScene() {
    return app.context() == null ? null : new FxRobot().lookup("#productName").query().getScene();
  }

  private static boolean highContrast(Scene scene) {
    return scene.getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("workbench-high-contrast.css"));
  }

  private static Properties savedSettings() {
    Properties properties = new Properties();
    Path file = userData.resolve(SettingsStore.FILE_NAME);
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(in);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return properties;
  }

  /** Writes the scene as a PNG into target/ (STACK.md: snapshot → PixelReader → ImageIO). */
  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
