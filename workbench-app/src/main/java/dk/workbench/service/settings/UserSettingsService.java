package dk.workbench.service.settings;

import dk.workbench.http.ClientCertificate;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings dialog's service: saves what the user chose (all of it, or only the look when
 * Ctrl+Plus or the theme command changes it) and tests a connection. Synchronous; call it off
 * the UI thread.
 */
public final class UserSettingsService {
  private final SettingsStore store;
  private final ConnectionCheck check;

  public UserSettingsService(SettingsStore store, ConnectionCheck check) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.check = Objects.requireNonNull(check, "check == null");
  }

  /** Where the settings are saved. */
  public Path file() {
    return store.file();
  }

  /**
   * Saves settings by property name ({@link SettingsStore#BASE_URL} …); a blank value removes
   * the saved one. See {@link SettingsStore#save}.
   */
  public void save(Map<String, String> settings) {
    store.save(settings);
  }

  /** Saves the theme and the font scale (percent) alone. */
  public void saveAppearance(Theme theme, int fontScale) {
    Map<String, String> look = new LinkedHashMap<>();
    look.put(SettingsStore.THEME, theme.key());
    look.put(SettingsStore.FONT_SCALE, Integer.toString(fontScale));
    store.save(look);
  }

  /**
   * Calls the health resource of {@code baseUrl}, presenting the certificate when a file is given.
   *
   * @throws InvalidSettingException when the certificate cannot be opened with the password
   */
  public ConnectionCheck.Outcome testConnection(URI baseUrl, Path certificate, String password)
      throws InvalidSettingException {
    ClientCertificate client = certificate == null ? null : SettingsCheck.certificate(certificate, password);
    return check.check(baseUrl, client);
  }
}
