package dk.workbench.app.cli;

import dk.workbench.app.LocalCache;
import dk.workbench.app.ServiceContext;
import dk.workbench.app.WorkbenchProperties;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheException;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.CacheStats;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code workbench cache stats|purge}: the encrypted local cache of the configured staff user. */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    description = "The encrypted local cache: 'stats' (entries, citizens, size, oldest), 'purge' (everything, or --citizen CPR).",
    subcommands = {CacheCommand.Stats.class, CacheCommand.Purge.class})
final class CacheCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Name a cache command: stats or purge");
  }

  /** The configured cache's location (the same rules as the app's), without starting any services. */
  static CacheLocation location(List<String> settings) {
    try (var context = ServiceContext.properties(settings.toArray(String[]::new))) {
      return LocalCache.location(context.getBean(WorkbenchProperties.class));
    }
  }

  /** Work on the open cache database; returns the exit code. */
  @FunctionalInterface
  interface CacheWork {
    int apply(CacheDatabase db);
  }

  /** Opens the cache at {@code location}, runs the work, closes it; exit 1 with a message if it cannot be opened. */
  static int withCache(CommandSpec spec, CacheLocation location, CacheWork work) {
    try (CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC())) {
      return work.apply(db);
    } catch (CacheException e) {
      spec.commandLine().getErr().println("The cache cannot be opened: " + e.getMessage());
      return 1;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true, description = "Entries, citizens, file size and the oldest entry.")
  static final class Stats implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Unmatched List<String> settings = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return withCache(spec, location(settings), db -> {
        CacheStats stats = db.sections().stats();
        out.printf("Cache %s%n  %d sections of %d citizens, %,d bytes on disk, oldest %s%n", db.location().databaseFile(),
            stats.entries(), stats.citizens(), stats.fileSizeBytes(),
            stats.oldestFetchedAt().map(Object::toString).orElse("—"));
        if (db.outcome().recreated()) {
          out.println("  Note: " + db.outcome().description());
        }
        Outbox outbox = new Outbox(db);
        out.printf("  Outbox: %d waiting, %d failed%n", outbox.pendingCount(), outbox.failures().size());
        return 0;
      });
    }
  }

  @Command(name = "purge", mixinStandardHelpOptions = true,
      description = {"Deletes every cached section, the audit log and the outbox under a new key (crypto-shred: the old key is",
          "destroyed), or one citizen's sections with --citizen. Refused while writes wait for delivery, unless",
          "--discard-undelivered."})
  static final class Purge implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--citizen", paramLabel = "CPR", description = "Only this citizen (ddmmyy-xxxx or 10 digits).")
    String citizen;

    @Option(names = "--discard-undelivered", description = "Erase even writes not yet delivered to the back-ends (they are lost).")
    boolean discardUndelivered;

    @Unmatched List<String> settings = new ArrayList<>();

    @Override
    public Integer call() {
      CacheLocation location = location(settings);
      PrintWriter out = spec.commandLine().getOut();
      if (citizen == null) {
        return withCache(spec, location, db -> {
          long waiting = db.erase(discardUndelivered);
          if (waiting > 0) {
            spec.commandLine().getErr().printf("Not erased: %d writes have not been delivered to the back-ends yet. "
                + "Start the workbench while the back-ends answer so they are sent, or add --discard-undelivered.%n", waiting);
            return 1;
          }
          out.println("The cache is erased: everything in it deleted, its old key destroyed.");
          return 0;
        });
      }
      CprNumber cpr;
      try {
        cpr = CprNumber.parse(citizen, LocalDate.now());
      } catch (InvalidCprNumberException e) {
        spec.commandLine().getErr().println("--citizen is not a valid CPR number: " + OverviewCommand.describe(e.problem()));
        return 2;
      }
      return withCache(spec, location, db -> {
        out.printf("%d cached sections of the citizen deleted.%n", db.sections().forget(cpr));
        return 0;
      });
    }
  }
}
