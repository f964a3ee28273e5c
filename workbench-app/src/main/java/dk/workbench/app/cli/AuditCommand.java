package dk.workbench.app.cli;

import dk.workbench.cache.AuditLog;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code workbench audit verify}: checks the local hash-chained audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "The local audit log: 'verify' checks its hash chain and names the first broken entry.",
    subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Name an audit command: verify");
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Walks the chain; exit 0 when intact, 1 when an entry was changed, inserted or deleted.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Unmatched List<String> settings = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return CacheCommand.withCache(spec, CacheCommand.location(settings), db -> {
        if (db.outcome().recreated()) {
          spec.commandLine().getErr().println("The audit log cannot be read: " + db.outcome().description());
          return 1;
        }
        AuditLog.Verification result = new AuditLog(db).verify();
        if (result.intact()) {
          out.printf("Audit log intact: %d entries.%n", result.intactEntries());
          return 0;
        }
        out.printf("Audit log broken at entry %d: %s (%d entries before it are intact).%n",
            result.firstBroken().orElseThrow(), result.reason(), result.intactEntries());
        return 1;
      });
    }
  }
}
