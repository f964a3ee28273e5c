package dk.workbench.rules.bench;

import dk.workbench.rules.Explanation;
import dk.workbench.rules.FolkepensionFacts;
import dk.workbench.rules.FolkepensionFacts.CivilStatus;
import dk.workbench.rules.FolkepensionFacts.Income;
import dk.workbench.rules.FolkepensionFacts.IncomeType;
import dk.workbench.rules.FolkepensionFacts.Owner;
import dk.workbench.rules.Period;
import dk.workbench.rules.RulesEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of full folkepension explanations: the JSON-ready {@link Explanation} model with every trace line,
 * input, parameter and formula (texts are rendered lazily, so rendering is not included). Runs one worker per
 * available processor.
 */
public final class RulesBenchmark {
  private static final int FACTS = 4096;
  private static volatile long sink;

  private RulesBenchmark() {}

  /**
   * The measured throughput.
   *
   * @param explanations explanations produced during the measurement
   * @param elapsed measured wall-clock time
   * @param perSecond explanations per second
   */
  public record Result(long explanations, Duration elapsed, double perSecond) {}

  /**
   * Builds varied folkepension facts in memory, warms up, then produces full explanations (trace included, as the
   * JSON-ready model) for {@code measure} time; returns the throughput.
   */
  public static Result folkepension(Duration warmup, Duration measure) {
    return folkepension(warmup, measure, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #folkepension(Duration, Duration)} with a given number of worker threads. */
  public static Result folkepension(Duration warmup, Duration measure, int threads) {
    Objects.requireNonNull(warmup, "warmup");
    Objects.requireNonNull(measure, "measure");
    if (threads < 1 || measure.isNegative() || measure.isZero()) {
      throw new IllegalArgumentException("need at least one thread and a positive measuring time");
    }
    List<FolkepensionFacts> facts = facts(FACTS, 20240101L);
    RulesEngine engine = RulesEngine.standard();
    if (!warmup.isZero() && !warmup.isNegative()) {
      run(engine, facts, warmup, threads);
    }
    long start = System.nanoTime();
    long count = run(engine, facts, measure, threads);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Result(count, elapsed, count / (elapsed.toNanos() / 1e9));
  }

  private static long run(RulesEngine engine, List<FolkepensionFacts> facts, Duration d, int threads) {
    AtomicLong total = new AtomicLong();
    long deadline = System.nanoTime() + d.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      int offset = w * 977;
      Thread t = new Thread(() -> {
        long n = 0;
        long check = 0;
        int i = offset;
        int size = facts.size();
        while (true) {
          for (int k = 0; k < 256; k++) {
            Explanation e = engine.explain(facts.get(i++ % size));
            check += e.lines().size();
          }
          n += 256;
          if (System.nanoTime() >= deadline) {
            break;
          }
        }
        total.addAndGet(n);
        sink += check;
      }, "rules-bench-" + w);
      workers.add(t);
      t.start();
    }
    for (Thread t : workers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("benchmark interrupted", e);
      }
    }
    return total.get();
  }

  /** Varied, valid folkepension facts: singles and couples, 2024-2026, all income types, partial residence. */
  public static List<FolkepensionFacts> facts(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    IncomeType[] types = IncomeType.values();
    List<FolkepensionFacts> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Period period = Period.month(2024 + r.nextInt(3), 1 + r.nextInt(12));
      LocalDate birth = LocalDate.of(1940 + r.nextInt(22), 1 + r.nextInt(12), 1 + r.nextInt(28));
      boolean couple = r.nextInt(3) == 0;
      boolean partnerPension = couple && r.nextBoolean();
      List<Income> incomes = new ArrayList<>();
      int k = r.nextInt(5);
      for (int j = 0; j < k; j++) {
        IncomeType type = types[r.nextInt(types.length)];
        Owner owner = couple && r.nextInt(3) == 0 ? Owner.PARTNER : Owner.SELF;
        long amount = type == IncomeType.CAPITAL ? r.nextLong(-40_000, 60_000) : r.nextLong(0, 250_000);
        incomes.add(new Income(owner, type, BigDecimal.valueOf(amount), "eIndkomst " + period));
      }
      BigDecimal years = BigDecimal.valueOf(r.nextInt(5) == 0 ? 5 + r.nextInt(35) : 40);
      out.add(new FolkepensionFacts(period, birth, couple ? CivilStatus.COUPLE : CivilStatus.SINGLE, partnerPension,
          years, incomes));
    }
    return out;
  }

  /** Prints the throughput: {@code java ... RulesBenchmark [warmupSeconds] [measureSeconds] [threads]}. */
  public static void main(String[] args) {
    int warm = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int secs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    Result res = folkepension(Duration.ofSeconds(warm), Duration.ofSeconds(secs), threads);
    System.out.printf("folkepension explanations: %,d in %.1f s = %,.0f per second (%d threads, %d cores)%n",
        res.explanations(), res.elapsed().toMillis() / 1000.0, res.perSecond(), threads,
        Runtime.getRuntime().availableProcessors());
  }
}
