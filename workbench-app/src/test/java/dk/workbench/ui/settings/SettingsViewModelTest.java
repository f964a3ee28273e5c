package dk.workbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.SecretSeal;
import dk.workbench.service.settings.ConnectionCheck;
import dk.workbench.service.settings.SettingsStore;
import dk.workbench.service.settings.Theme;
import dk.workbench.service.settings.UserSettingsService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's state without a window: same-thread tasks, a real settings file in a temp folder. */
class SettingsViewModelTest {
  @TempDir
  Path dir;

  private final Messages english = new Messages(Locale.ENGLISH);
  private final BackgroundTasks sameThread = new BackgroundTasks(Runnable::run, Runnable::run);
  private SettingsStore store;
  private UserSettingsService service;
  private Appearance appearance;

  @BeforeEach
  void setUp() {
    store = new SettingsStore(dir, SecretSeal.at(CacheLocation.inDirectory(dir)));
    service = new UserSettingsService(store, new ConnectionCheck("sandbox/v1/health", Duration.ofSeconds(2)));
    appearance = new Appearance(Theme.STANDARD, 100, service, sameThread);
  }

  private SettingsViewModel viewModel() {
    return new SettingsViewModel(service, appearance, sameThread, english,
        new SettingsViewModel.Current(false, "", "", "", "14d", "da", Theme.STANDARD, 100, java.util.Set.of()));
  }

  @Test
  void refusedValuesKeepWhatWasTypedAndSayWhyInTheUsersLanguage() {
    SettingsViewModel vm = viewModel();
    vm.connectedProperty().set(true);
    vm.baseUrlProperty().set("");
    vm.retentionProperty().set("0d");
    vm.certificateProperty().set(dir.resolve("missing.p12").toString());

    vm.save();

    assertThat(vm.urlErrorProperty().get()).startsWith("Enter the back-end's address");
    assertThat(vm.retentionErrorProperty().get()).isEqualTo("The duration must be more than 0.");
    assertThat(vm.messageProperty().get()).startsWith("Not saved");
    assertThat(vm.retentionProperty().get()).isEqualTo("0d");
    assertThat(store.file()).doesNotExist();

    vm.baseUrlProperty().set("https://api.example.dk");
    vm.retentionProperty().set("7d");
    vm.save(); // the certificate is checked next
    assertThat(vm.certificateErrorProperty().get()).isEqualTo("The certificate file does not exist.");
    assertThat(store.file()).doesNotExist();
  }

  @Test
  void savingWritesTheFileAppliesTheLookAndSaysWhatWaitsForARestart() {
    SettingsViewModel vm = viewModel();
    vm.themeProperty().set(Theme.HIGH_CONTRAST);
    vm.fontScaleProperty().set(150);

    vm.save();

    assertThat(vm.messageProperty().get()).startsWith("Saved in").doesNotContain("started again");
    assertThat(appearance.themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
    assertThat(appearance.fontPx()).isEqualTo(21.0);
    assertThat(store.load().values()).containsEntry(SettingsStore.THEME, "high-contrast")
        .containsEntry(SettingsStore.FONT_SCALE, "150").containsEntry(SettingsStore.MODE, "demo")
        .doesNotContainKey(SettingsStore.BASE_URL);

    vm.languageProperty().set("en");
    vm.baseUrlProperty().set("http://127.0.0.1:18080");
    vm.save();
    assertThat(vm.messageProperty().get()).contains("started again");
    assertThat(store.load().values()).containsEntry(SettingsStore.LANGUAGE, "en")
        .containsEntry(SettingsStore.BASE_URL, "http://127.0.0.1:18080/");
  }

  @Test
  void theConnectionTestSaysPlainlyWhatFailed() throws Exception {
    SettingsViewModel vm = viewModel();
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    vm.baseUrlProperty().set("http://127.0.0.1:" + port + "/");

    vm.testConnection();

    assertThat(vm.testOkProperty().get()).isFalse();
    assertThat(vm.testResultProperty().get()).startsWith("Failed: no answer at 127.0.0.1:" + port);

    vm.baseUrlProperty().set("not a url");
    vm.testConnection();
    assertThat(vm.testResultProperty().get()).isEqualTo("Correct the address first.");
    assertThat(vm.urlErrorProperty().get()).startsWith("The address must be");
  }

  @Test
  void settingsTheDeploymentFixesCarryANote() {
    SettingsViewModel vm = new SettingsViewModel(service, appearance, sameThread, english,
        new SettingsViewModel.Current(false, "", "", "", "14d", "da", Theme.STANDARD, 100, java.util.Set.of(SettingsStore.LANGUAGE)));

    assertThat(vm.fixedNote(SettingsStore.LANGUAGE)).startsWith("Fixed by the installation");
    assertThat(vm.fixedNote(SettingsStore.THEME)).isEmpty();
  }

  @Test
  void fontStepsStopAtTheEnds() {
    Appearance look = new Appearance(Theme.STANDARD, 175, service, sameThread);
    look.bigger();
    look.bigger();
    assertThat(look.fontScaleProperty().get()).isEqualTo(200);
    look.resetSize();
    for (int i = 0; i < 5; i++) {
      look.smaller();
    }
    assertThat(look.fontScaleProperty().get()).isEqualTo(80);
    assertThat(store.load().values()).containsEntry(SettingsStore.FONT_SCALE, "80");
  }
}
