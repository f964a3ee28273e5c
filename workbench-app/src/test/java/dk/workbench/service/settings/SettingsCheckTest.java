package dk.workbench.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.service.settings.InvalidSettingException.Problem;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsCheckTest {
  @Test
  void anAbsoluteHttpsUrlGetsATrailingSlash() throws Exception {
    assertThat(SettingsCheck.baseUrl(" https://api.example.dk/wb ")).isEqualTo(URI.create("https://api.example.dk/wb/"));
    assertThat(SettingsCheck.baseUrl("http://127.0.0.1:18080/")).isEqualTo(URI.create("http://127.0.0.1:18080/"));
  }

  @ParameterizedTest
  @CsvSource({"'', URL_REQUIRED", "api.example.dk, URL_NOT_HTTP", "ftp://example.dk/, URL_NOT_HTTP",
      "'http://exa mple.dk', URL_NOT_HTTP", "/relative/path, URL_NOT_HTTP", "https://example.dk/?q=1, URL_NOT_HTTP"})
  void badUrlsAreRefusedWithTheReason(String text, Problem problem) {
    assertThatThrownBy(() -> SettingsCheck.baseUrl(text))
        .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @Test
  void retentionIsAPositiveDuration() throws Exception {
    assertThat(SettingsCheck.retention("14d")).isEqualTo(Duration.ofDays(14));
    assertThat(SettingsCheck.retention(" 12h")).isEqualTo(Duration.ofHours(12));
    assertThat(SettingsCheck.retention("90m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(SettingsCheck.retentionText(Duration.ofDays(30))).isEqualTo("30d");
    assertThat(SettingsCheck.retentionText(Duration.ofMinutes(90))).isEqualTo("90m");
  }

  @ParameterizedTest
  @CsvSource({"14 dage, RETENTION_FORMAT", "'', RETENTION_FORMAT", "-3d, RETENTION_FORMAT", "0d, RETENTION_NOT_POSITIVE"})
  void badRetentionsAreRefusedWithTheReason(String text, Problem problem) {
    assertThatThrownBy(() -> SettingsCheck.retention(text))
        .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }
}
