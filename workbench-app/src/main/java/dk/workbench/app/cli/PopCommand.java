package dk.workbench.app.cli;

import dk.workbench.app.Launcher;
import dk.workbench.app.LocalCache;
import dk.workbench.app.ServiceContext;
import dk.workbench.app.WorkbenchProperties;
import dk.workbench.app.pop.PopClient;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.domain.SearchInput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code workbench pop}: the telephony software opens a caller in the running workbench. */
@Command(
    name = "pop",
    mixinStandardHelpOptions = true,
    description = {
      "Opens a caller in the running workbench of this user (screen-pop) as a telephone enquiry: one match",
      "opens the citizen, several are listed to pick from, none leaves the search prefilled. Starts the",
      "workbench when none runs. Exit 0 delivered, 1 not delivered, 2 bad input."
    })
final class PopCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  static final class Target {
    @Option(names = "--phone", required = true, paramLabel = "NUMBER", description = "The caller's phone number, e.g. +4512345678.")
    String phone;

    @Option(names = "--cpr", required = true, paramLabel = "CPR", description = "The caller's CPR number.")
    String cpr;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--wait", defaultValue = "60", paramLabel = "SECONDS",
      description = "How long to wait for a workbench that had to be started. Default: ${DEFAULT-VALUE}.")
  int waitSeconds;

  @Unmatched List<String> settings = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    String field = target.phone != null ? "phone" : "cpr";
    String text = target.phone != null ? target.phone : target.cpr;
    String problem = problem(field, text);
    if (problem != null) {
      spec.commandLine().getErr().println(problem);
      return 2;
    }
    Path folder;
    try (var context = ServiceContext.properties(settings.toArray(String[]::new))) {
      folder = LocalCache.location(context.getBean(WorkbenchProperties.class)).directory();
    }
    PopClient client = new PopClient(folder);
    PopClient.Result result = client.send(field, text);
    if (result == PopClient.Result.NO_INSTANCE) {
      startWorkbench();
      long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
      while (result == PopClient.Result.NO_INSTANCE && System.nanoTime() < deadline) {
        Thread.sleep(250);
        result = client.send(field, text);
      }
    }
    return switch (result) {
      case DELIVERED -> {
        spec.commandLine().getOut().println("Sent to the workbench.");
        yield 0;
      }
      case REFUSED -> {
        spec.commandLine().getErr().println("The running workbench refused the pop (its channel file is stale). "
            + "Close and start the workbench again.");
        yield 1;
      }
      case NO_INSTANCE -> {
        spec.commandLine().getErr().printf("No workbench answered within %d s.%n", waitSeconds);
        yield 1;
      }
    };
  }

  /** The reason the input is unusable, or null. */
  private static String problem(String field, String text) {
    if (field.equals("cpr")) {
      try {
        CprNumber.parse(text, LocalDate.now());
        return null;
      } catch (InvalidCprNumberException e) {
        return "--cpr is not a valid CPR number: " + OverviewCommand.describe(e.problem());
      }
    }
    return SearchInput.parse(text, LocalDate.now()) instanceof SearchInput.Phone ? null
        : "--phone is not a phone number (8 digits, optionally with +45): " + text.replaceAll("\\d", "#");
  }

  /**
   * This JVM running the workbench with {@code arguments}: {@code java -jar workbench.jar …} when
   * started from the jar, else the same class path and {@link Launcher}.
   */
  static List<String> workbench(List<String> jvmOptions, List<String> arguments) {
    String classPath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
      command.addAll(List.of("-jar", classPath));
    } else {
      command.addAll(List.of("-cp", classPath, Launcher.class.getName()));
    }
    command.addAll(arguments);
    return command;
  }

  /** Starts the desktop app with this JVM, detached; its output goes nowhere. */
  private void startWorkbench() throws IOException {
    List<String> arguments = new ArrayList<>(List.of("gui"));
    arguments.addAll(settings);
    new ProcessBuilder(workbench(List.of(), arguments)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    spec.commandLine().getErr().println("No workbench was running; starting one.");
  }
}
