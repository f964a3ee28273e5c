package dk.workbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The "copy details" text names the failure and where it happened, and carries no personal data. */
class ErrorDetailsTest {
  private static final Instant AT = Instant.parse("2026-11-30T08:15:30.123Z");

  @Test
  void detailsKeepTypesAndFramesButNoCprNameEmailOrPhone() {
    IllegalStateException cause = new IllegalStateException(
        "Citizen 010203-1234 'Karen Petersen' (karen.petersen@example.dk, +45 20 30 40 50) not found");
    RuntimeException error = new RuntimeException("lookup of 0102031234 failed for \"Jens Hansen\"",
        new UncheckedIOException(new IOException("disk full", cause)));
    error.addSuppressed(new IllegalArgumentException("name «Åse Østergård» rejected"));

    String details = ErrorDetails.describe(error, "workbench-io-1", "1.2.3", Path.of("/var/log/workbench.log"), AT);

    assertThat(details)
        .doesNotContain("0102031234", "010203-1234", "Karen", "Petersen", "Jens", "Hansen", "Åse", "Østergård",
            "karen.petersen@example.dk", "20 30 40 50")
        .contains("Citizen Workbench 1.2.3", "Time: 2026-11-30T08:15:30Z", "Thread: workbench-io-1",
            "Log: /var/log/workbench.log")
        .contains("java.lang.RuntimeException: lookup of ******-**** failed for '…'")
        .contains("Caused by: java.io.UncheckedIOException", "Caused by: java.io.IOException: disk full",
            "Caused by: java.lang.IllegalStateException: Citizen ******-**** '…' (…@…, ########) not found")
        .contains("Suppressed: java.lang.IllegalArgumentException: name '…' rejected")
        .contains("\tat dk.workbench.ui.common.ErrorDetailsTest.detailsKeepTypesAndFramesButNoCprNameEmailOrPhone(ErrorDetailsTest.java:");
  }

  @Test
  void theHomeFolderIsShownAsTilde() {
    String home = System.getProperty("user.home");
    String details = ErrorDetails.describe(new IllegalStateException("cannot open " + home + "/secret.db"), "main", "1",
        Path.of(home, ".local/share/CitizenWorkbench/logs/workbench.log"), AT);
    assertThat(details).doesNotContain(home + "/")
        .contains("Log: ~/.local/share/CitizenWorkbench/logs/workbench.log", "cannot open ~/secret.db");
  }

  @Test
  void longStacksAreCutAndCausalLoopsEnd() {
    Throwable deep = recurse(ErrorDetails.MAX_FRAMES + 40);
    RuntimeException a = new RuntimeException("a", deep);
    String details = ErrorDetails.describe(a, "main", "1", null, AT);
    assertThat(details).contains("Log: -").containsPattern("… \\d+ more");
    assertThat(details.lines().filter(l -> l.startsWith("\tat ")).count()).isLessThanOrEqualTo(2L * ErrorDetails.MAX_FRAMES);

    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second); // a cycle: must not loop
    assertThat(ErrorDetails.describe(first, "main", "1", null, AT)).contains("first", "second");
  }

  @Test
  void plainMessagesStayReadable() {
    assertThat(ErrorDetails.maskMessage("Connection refused: 127.0.0.1:18080")).isEqualTo("Connection refused: 127.0.0.1:18080");
    assertThat(ErrorDetails.maskMessage("Index 12 out of bounds for length 3")).isEqualTo("Index 12 out of bounds for length 3");
  }

  private static Throwable recurse(int depth) {
    if (depth == 0) {
      return new IllegalStateException("deep");
    }
    return recurse(depth - 1);
  }
}
