package dk.workbench.rules.bench;

import dk.workbench.rules.Explanation;
import dk.workbench.rules.FolkepensionFacts;
import dk.workbench.rules.Language;
import dk.workbench.rules.Rendering;
import dk.workbench.rules.RulesEngine;
import java.time.Duration;
import java.util.List;

/**
 * Manual benchmark runner (test scope, not run by the build):
 * {@code java -cp <test classpath> dk.workbench.rules.bench.RulesBenchmarkRunner [warmupSeconds] [seconds]}.
 * Prints the model throughput single-threaded and on all cores, and the throughput including JSON rendering.
 */
public final class RulesBenchmarkRunner {
  private RulesBenchmarkRunner() {}

  public static void main(String[] args) {
    int warm = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int secs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int cores = Runtime.getRuntime().availableProcessors();
    RulesBenchmark.Result one = RulesBenchmark.folkepension(Duration.ofSeconds(warm), Duration.ofSeconds(secs), 1);
    System.out.printf("model, 1 thread:   %,.0f explanations/s (%,d in %.1f s)%n", one.perSecond(), one.explanations(),
        one.elapsed().toMillis() / 1000.0);
    RulesBenchmark.Result all = RulesBenchmark.folkepension(Duration.ofSeconds(warm), Duration.ofSeconds(secs), cores);
    System.out.printf("model, %d threads: %,.0f explanations/s (%,d in %.1f s)%n", cores, all.perSecond(), all.explanations(),
        all.elapsed().toMillis() / 1000.0);

    List<FolkepensionFacts> facts = RulesBenchmark.facts(4096, 1);
    RulesEngine engine = RulesEngine.standard();
    long end = System.nanoTime() + Duration.ofSeconds(warm).toNanos();
    int i = 0;
    long chars = 0;
    while (System.nanoTime() < end) {
      chars += Rendering.json(engine.explain(facts.get(i++ % facts.size())), Language.DA).length();
    }
    long start = System.nanoTime();
    end = start + Duration.ofSeconds(secs).toNanos();
    long n = 0;
    while (System.nanoTime() < end) {
      Explanation e = engine.explain(facts.get(i++ % facts.size()));
      chars += Rendering.json(e, Language.DA).length();
      n++;
    }
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf("model + JSON rendering, 1 thread: %,.0f explanations/s (avg %,d chars)%n", n / s, chars / Math.max(1, n));
  }
}
