package dk.workbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.SecretSeal;
import dk.workbench.service.settings.SettingsStore;
import dk.workbench.service.settings.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Precedence: command line / system properties / environment beat the saved user settings, which beat the defaults. */
class UserSettingsSourceTest {
  @TempDir
  Path dir;

  @AfterEach
  void clearSystemProperty() {
    System.clearProperty("workbench.ui.font-scale");
  }

  private WorkbenchProperties bind(String... args) {
    try (ConfigurableApplicationContext context = start(args)) {
      return context.getBean(WorkbenchProperties.class);
    }
  }

  private ConfigurableApplicationContext start(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "--workbench.cache.directory=" + dir;
    System.arraycopy(args, 0, all, 1, args.length);
    return new SpringApplicationBuilder(ServiceContext.PropertiesOnly.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
        .initializers(new UserSettingsSource()).run(all);
  }

  @Test
  void theDialogIsToldWhichSettingsTheDeploymentFixes() {
    saved(Map.of(SettingsStore.THEME, "high-contrast", SettingsStore.LANGUAGE, "en"));
    System.setProperty("workbench.ui.font-scale", "175");

    try (ConfigurableApplicationContext context = start("--workbench.language=da")) {
      // mode is only in the jar's own application.properties and the theme only in the user's file: not fixed
      assertThat(UserSettingsSource.fixedByDeployment(context.getEnvironment()))
          .containsExactlyInAnyOrder(SettingsStore.LANGUAGE, SettingsStore.FONT_SCALE);
    }
  }

  private void saved(Map<String, String> settings) {
    new SettingsStore(dir, SecretSeal.at(CacheLocation.inDirectory(dir))).save(settings);
  }

  @Test
  void withoutSavedSettingsTheDefaultsHold() {
    WorkbenchProperties properties = bind();

    assertThat(properties.language()).isEqualTo("da");
    assertThat(properties.ui().theme()).isEqualTo(Theme.STANDARD);
    assertThat(properties.ui().fontScale()).isEqualTo(100);
    assertThat(properties.cache().retention()).isEqualTo(Duration.ofDays(14));
    assertThat(properties.mode()).isEqualTo(WorkbenchProperties.Mode.DEMO);
  }

  @Test
  void savedSettingsBeatTheBuiltInDefaults() {
    saved(Map.of(SettingsStore.LANGUAGE, "en", SettingsStore.THEME, "high-contrast", SettingsStore.FONT_SCALE, "125",
        SettingsStore.RETENTION, "3d", SettingsStore.MODE, "connected", SettingsStore.BASE_URL, "https://api.example.dk/",
        SettingsStore.CERTIFICATE, "/tmp/staff.p12", SettingsStore.CERTIFICATE_PASSWORD, "pw 1"));

    WorkbenchProperties properties = bind();

    // language and mode are also in the jar's own application.properties: the saved ones win over it
    assertThat(properties.language()).isEqualTo("en");
    assertThat(properties.mode()).isEqualTo(WorkbenchProperties.Mode.CONNECTED);
    assertThat(properties.ui().theme()).isEqualTo(Theme.HIGH_CONTRAST);
    assertThat(properties.ui().fontScale()).isEqualTo(125);
    assertThat(properties.cache().retention()).isEqualTo(Duration.ofDays(3));
    assertThat(properties.backend().baseUrl()).hasToString("https://api.example.dk/");
    assertThat(properties.backend().clientCertificate()).isEqualTo(Path.of("/tmp/staff.p12"));
    assertThat(properties.backend().clientCertificatePassword()).isEqualTo("pw 1");
    assertThat(properties.backend().toString()).doesNotContain("pw 1");
  }

  @Test
  void theCommandLineAndSystemPropertiesBeatSavedSettings() {
    saved(Map.of(SettingsStore.LANGUAGE, "en", SettingsStore.FONT_SCALE, "125", SettingsStore.THEME, "high-contrast"));
    System.setProperty("workbench.ui.font-scale", "175");

    WorkbenchProperties properties = bind("--workbench.language=da");

    assertThat(properties.language()).isEqualTo("da");
    assertThat(properties.ui().fontScale()).isEqualTo(175);
    assertThat(properties.ui().theme()).isEqualTo(Theme.HIGH_CONTRAST);
  }
}
