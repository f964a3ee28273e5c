package dk.workbench.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code workbench}: the desktop app and its command-line tools. */
@Command(
    name = "workbench",
    mixinStandardHelpOptions = true,
    versionProvider = WorkbenchCommand.Version.class,
    description = {
      "Citizen Workbench: one screen for one citizen, for staff who help citizens with the Danish public sector.",
      "Without a command, opens the desktop app (same as 'gui')."
    },
    subcommands = {
      GuiCommand.class,
      SandboxCommand.class,
      ExplainCommand.class,
      OverviewCommand.class,
      LetterCommand.class,
      DecisionsCommand.class,
      CacheCommand.class,
      AuditCommand.class,
      PopCommand.class,
      AccessLogCommand.class,
      BenchCommand.class,
      BareWindowProbe.class,
      CommandLine.HelpCommand.class
    })
public final class WorkbenchCommand implements Runnable {

  @Override
  public void run() {
    new GuiCommand().run();
  }

  /** Runs the command line and returns the process exit code (2 for usage errors). */
  public static int execute(String... args) {
    return newCommandLine().execute(withDefaultCommand(args));
  }

  static CommandLine newCommandLine() {
    return new CommandLine(new WorkbenchCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** No arguments, or only {@code --spring.setting=value} arguments, mean the desktop app. */
  static String[] withDefaultCommand(String[] args) {
    boolean onlySettings = Arrays.stream(args).allMatch(a -> a.startsWith("--workbench.") || a.startsWith("--spring."));
    return onlySettings ? Stream.concat(Stream.of("gui"), Arrays.stream(args)).toArray(String[]::new) : args;
  }

  /** The version from the build (filtered into version.properties). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = WorkbenchCommand.class.getResourceAsStream("/dk/workbench/app/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "Citizen Workbench " + properties.getProperty("version", "unknown"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
