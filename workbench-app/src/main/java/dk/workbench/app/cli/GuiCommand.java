package dk.workbench.app.cli;

import dk.workbench.app.FxApplication;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code workbench gui}: opens the desktop app. */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description = {
      "Opens the desktop app. Demo mode (embedded sandbox, synthetic people) unless configured otherwise.",
      "Settings may follow as --workbench.mode=connected --workbench.backend.base-url=https://…"
    })
final class GuiCommand implements Runnable {
  @Unmatched List<String> settings = new ArrayList<>();

  @Override
  public void run() {
    String[] args = settings.toArray(String[]::new);
    FxApplication.prepare(args);
    Application.launch(FxApplication.class, args);
  }
}
