package dk.workbench.app;

import dk.workbench.app.cli.WorkbenchCommand;

/**
 * The plain {@code main} of {@code workbench.jar} (JavaFX needs a launcher class that is not an
 * {@code Application}). With no arguments, or only Spring-style {@code --workbench.x=y} settings,
 * it opens the desktop app; otherwise it runs the named command. The log goes to
 * {@link LogFile#defaultLocation()} unless a log file is configured.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    LogFile.configureDefault();
    System.exit(WorkbenchCommand.execute(args));
  }
}
