package dk.workbench.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FaultsTest {

  @Test
  void theTextFormReadsEveryKey() {
    Faults faults = Faults.parse(" seed=42 ; cpr: latency=200ms, jitter=50ms, error=0.1, status=500, retryAfter=2s,"
        + " hang=5%, hangFor=1m, malformed=0.01, truncated=0.02 ; *:error=0.01");

    assertThat(faults.seed()).isEqualTo(42L);
    ApiFault cpr = faults.forApi("cpr");
    assertThat(cpr.latency()).isEqualTo(Duration.ofMillis(200));
    assertThat(cpr.jitter()).isEqualTo(Duration.ofMillis(50));
    assertThat(cpr.errorRate()).isEqualTo(0.1);
    assertThat(cpr.errorStatus()).isEqualTo(500);
    assertThat(cpr.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(cpr.hangRate()).isEqualTo(0.05);
    assertThat(cpr.hangFor()).isEqualTo(Duration.ofMinutes(1));
    assertThat(cpr.malformedRate()).isEqualTo(0.01);
    assertThat(cpr.truncatedRate()).isEqualTo(0.02);
    assertThat(faults.forApi("cases")).isEqualTo(ApiFault.NONE.withErrors(0.01, 503));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed=42;cpr:latency=200ms,jitter=50ms,error=0.1;*:error=0.01",
      "cpr:error=0.5,status=500,retryAfter=3s,hang=0.1,hangFor=2s,malformed=0.1,truncated=0.1",
      "cases:latency=1s;digitalpost:latency=1m;accesslog:hang=1", "cpr:none;*:error=1", "none"})
  void theTextFormRoundTrips(String text) {
    Faults faults = Faults.parse(text);

    assertThat(faults.toText()).isEqualTo(text);
    assertThat(Faults.parse(faults.toText())).isEqualTo(faults);
  }

  @Test
  void anApisOwnEntryReplacesTheStarEntryAndNoneExemptsIt() {
    Faults faults = Faults.parse("cpr:latency=10ms;fuldmagt:none;*:error=1");

    assertThat(faults.forApi("cpr")).isEqualTo(ApiFault.NONE.withLatency(Duration.ofMillis(10)));
    assertThat(faults.forApi("fuldmagt").isNone()).isTrue();
    assertThat(faults.forApi("cases").errorRate()).isEqualTo(1.0);
  }

  @Test
  void blankAndNoneAreNoFaults() {
    assertThat(Faults.parse("").isNone()).isTrue();
    assertThat(Faults.parse(null).isNone()).isTrue();
    assertThat(Faults.parse(" None ").isNone()).isTrue();
    assertThat(Faults.none().toText()).isEqualTo("none");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      cpr:latncy=200ms                 | unknown key 'latncy'; keys: latency, jitter
      cpx:error=0.1                    | unknown API 'cpx'; known APIs: cpr, cases
      sandbox:error=0.1                | the sandbox's own endpoints are never faulted
      cpr:latency=200                  | latency must be a duration with a unit, e.g. 250ms, 2s or 1m, not '200'
      cpr:latency=2h                   | latency must be a duration with a unit
      cpr:latency=2m                   | latency must be from 0ms to 1m, not 2m
      cpr:error=1.5                    | error must be a share from 0 to 1
      cpr:error=ten                    | error must be a share from 0 to 1, e.g. 0.1 or 10%, not 'ten'
      cpr:error=0.6,hang=0.6           | add up to 1.2; together they may be at most 1
      cpr:status=404                   | status must be 500 or 503, not 404
      cpr:retryAfter=1500ms            | retryAfter must be whole seconds
      cpr:error=0.1;cpr:error=0.2      | API 'cpr' is set twice
      cpr:error=0.1,error=0.2          | 'error' is set twice
      cpr:error                        | expected <key>=<value>, not 'error'
      latency=200ms                    | expected <api>:<key>=<value>
      seed=x;cpr:error=0.1             | the seed must be a whole number
      """)
  void mistakesAreNamed(String text, String message) {
    assertThatThrownBy(() -> Faults.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Fault setting '")
        .hasMessageContaining(message);
  }

  @Test
  void theSameSeedDrawsTheSameFaultsPerApi() {
    Faults faults = Faults.parse("seed=7;cpr:jitter=100ms,error=0.2,hang=0.1,malformed=0.1,truncated=0.1;*:error=0.5");
    FaultInjector one = new FaultInjector(faults);
    FaultInjector two = new FaultInjector(faults);
    for (int i = 0; i < 50; i++) {
      two.decide("cases"); // another API's traffic does not shift cpr's draws
    }
    FaultInjector reset = new FaultInjector(Faults.parse("seed=8;cpr:error=0.5"));
    reset.decide("cpr");
    reset.set(faults); // setting faults starts the draws again

    String cpr = stream(one, "cpr");
    assertThat(cpr).contains("ERROR").contains("HANG").contains("NONE");
    assertThat(stream(two, "cpr")).isEqualTo(cpr);
    assertThat(stream(reset, "cpr")).isEqualTo(cpr);
    assertThat(stream(new FaultInjector(faults.withSeed(9L)), "cpr")).isNotEqualTo(cpr);
  }

  @Test
  void ratesAndDelaysHoldOverManyDraws() {
    FaultInjector injector = new FaultInjector(
        Faults.parse("seed=1;cpr:latency=100ms,jitter=50ms,error=0.2,hang=0.1,malformed=0.1,truncated=0.05"));
    int[] counts = new int[FaultInjector.Kind.values().length];
    for (int i = 0; i < 20_000; i++) {
      FaultInjector.Decision d = injector.decide("cpr");
      counts[d.kind().ordinal()]++;
      assertThat(d.delay()).isBetween(Duration.ofMillis(100), Duration.ofMillis(150));
    }

    assertThat(counts[FaultInjector.Kind.ERROR.ordinal()] / 20_000.0).isBetween(0.18, 0.22);
    assertThat(counts[FaultInjector.Kind.HANG.ordinal()] / 20_000.0).isBetween(0.08, 0.12);
    assertThat(counts[FaultInjector.Kind.MALFORMED.ordinal()] / 20_000.0).isBetween(0.08, 0.12);
    assertThat(counts[FaultInjector.Kind.TRUNCATED.ordinal()] / 20_000.0).isBetween(0.035, 0.065);
    assertThat(counts[FaultInjector.Kind.NONE.ordinal()] / 20_000.0).isBetween(0.52, 0.58);
  }

  @Test
  void theSandboxsOwnEndpointsAreNeverFaulted() {
    FaultInjector injector = new FaultInjector(Faults.parse("*:error=1,latency=1s"));

    assertThat(injector.decide("sandbox")).isEqualTo(FaultInjector.Decision.NONE);
    assertThat(injector.decide("cpr").kind()).isEqualTo(FaultInjector.Kind.ERROR);
  }

  private static String stream(FaultInjector injector, String api) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      b.append(injector.decide(api)).append('\n');
    }
    return b.toString();
  }
}
