package dk.workbench.service.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.service.access.AccessDecision;
import dk.workbench.service.overview.Section;
import dk.workbench.service.overview.SectionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionMonitorTest {
  private final ConnectionMonitor monitor = new ConnectionMonitor();
  private final List<ConnectionMonitor.Status> changes = new ArrayList<>();

  private static SectionResult loaded(String source) {
    return new SectionResult.Loaded(Section.CASES, source, "data", Instant.EPOCH, Duration.ZERO);
  }

  private static SectionResult failed(String source, SectionResult.Failure failure) {
    return new SectionResult.Failed(Section.CASES, source, failure, Optional.empty(), Duration.ZERO);
  }

  @Test
  void aFailingSourceMakesItDegradedUntilItWorksAgain() {
    monitor.addListener(changes::add);

    monitor.sectionFinished(loaded("CPR"));
    monitor.sectionFinished(failed("Sagsindeks", SectionResult.Failure.TIMEOUT));
    assertThat(monitor.status()).isEqualTo(ConnectionMonitor.Status.DEGRADED);

    monitor.sectionFinished(loaded("Sagsindeks"));
    assertThat(monitor.status()).isEqualTo(ConnectionMonitor.Status.ONLINE);
    assertThat(changes).containsExactly(ConnectionMonitor.Status.DEGRADED, ConnectionMonitor.Status.ONLINE);
  }

  @Test
  void aFailedHealthCheckIsOfflineAndAnAnswerBringsItBack() {
    monitor.sectionFinished(loaded("CPR"));

    monitor.healthChecked(false);
    assertThat(monitor.status()).isEqualTo(ConnectionMonitor.Status.OFFLINE);

    monitor.healthChecked(true);
    assertThat(monitor.status()).as("sources are unproven after an outage").isEqualTo(ConnectionMonitor.Status.DEGRADED);
    monitor.sectionFinished(loaded("CPR"));
    assertThat(monitor.status()).isEqualTo(ConnectionMonitor.Status.ONLINE);
  }

  @Test
  void refusalsAndUnknownCitizensSayNothingAboutTheConnection() {
    monitor.sectionFinished(failed("CPR", SectionResult.Failure.NOT_FOUND));
    monitor.sectionFinished(failed("CPR", SectionResult.Failure.NOT_ALLOWED));
    monitor.sectionFinished(new SectionResult.Refused(Section.DIGITAL_POST, "Digital Post",
        AccessDecision.Refusal.NOT_NEEDED_FOR_PURPOSE, Duration.ZERO));

    assertThat(monitor.status()).isEqualTo(ConnectionMonitor.Status.ONLINE);
  }
}
