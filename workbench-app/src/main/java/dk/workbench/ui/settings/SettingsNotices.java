package dk.workbench.ui.settings;

import dk.workbench.service.settings.InvalidSettingException;
import dk.workbench.service.settings.SettingsStore;
import dk.workbench.ui.common.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The start-up notices about the user's settings: a file that could not be read, values left out, an unusable certificate. */
public final class SettingsNotices {
  private SettingsNotices() {}

  /** The notices to show under the header, in the user's language; empty when all is well. */
  public static List<String> texts(Messages messages, Path file, SettingsStore.Loaded loaded,
      Optional<InvalidSettingException> certificateProblem) {
    List<String> texts = new ArrayList<>();
    if (loaded.unreadable()) {
      texts.add(messages.get("settings.notice.unreadable", file));
    } else if (!loaded.ignored().isEmpty()) {
      texts.add(messages.get("settings.notice.ignored", String.join(", ", loaded.ignored())));
    }
    certificateProblem.ifPresent(problem -> texts.add(messages.get("settings.notice.certificate",
        messages.get("settings.problem." + problem.problem().name()))));
    return texts;
  }
}
