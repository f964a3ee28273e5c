package dk.workbench.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.rules.FolkepensionFacts;
import dk.workbench.rules.RulesEngine;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs and produces explanations; its speed is measured by {@link RulesBenchmarkRunner}, not asserted. */
class RulesBenchmarkTest {

  @Test
  void runsAndCounts() {
    RulesBenchmark.Result r = RulesBenchmark.folkepension(Duration.ZERO, Duration.ofMillis(200), 1);

    assertThat(r.explanations()).isPositive();
    assertThat(r.elapsed()).isPositive();
    assertThat(r.perSecond()).isPositive();
  }

  @Test
  void benchmarkFactsAreVariedAndComputable() {
    List<FolkepensionFacts> facts = RulesBenchmark.facts(500, 7);

    assertThat(facts).extracting(f -> f.civilStatus()).containsAll(List.of(FolkepensionFacts.CivilStatus.values()));
    assertThat(facts).extracting(f -> f.period().year()).contains(2024, 2025, 2026);
    long withAmounts = facts.stream().map(f -> RulesEngine.standard().explain(f)).filter(e -> e.result().monthly().isPresent()).count();
    assertThat(withAmounts).isGreaterThan(400);
  }
}
