package dk.workbench.sandbox.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxBenchmarkTest {

  @Test
  void aShortRunLooksPersonsUpWithoutErrorsAndReportsTheFigures() {
    SandboxBenchmark.Result result = SandboxBenchmark.run(2, Duration.ofSeconds(1));

    System.out.println("Sandbox person endpoint: " + result);
    assertThat(result.errors()).isZero();
    assertThat(result.requests()).isGreaterThan(100);
    assertThat(result.requestsPerSecond()).isGreaterThan(100);
    assertThat(result.p50Millis()).isPositive().isLessThanOrEqualTo(result.p95Millis());
    assertThat(result.p95Millis()).isLessThanOrEqualTo(result.p99Millis());
    assertThat(result.toString()).contains("2 threads").contains("/s");
  }

  @Test
  void impossibleRunsAreRefused() {
    assertThatThrownBy(() -> SandboxBenchmark.run(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SandboxBenchmark.run(2, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
