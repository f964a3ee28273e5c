package dk.workbench.ui.settings;

import dk.workbench.service.settings.ConnectionCheck;
import dk.workbench.service.settings.InvalidSettingException;
import dk.workbench.service.settings.SettingsCheck;
import dk.workbench.service.settings.SettingsStore;
import dk.workbench.service.settings.Theme;
import dk.workbench.service.settings.UserSettingsService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog's state: what the user typed (kept as typed, also when it is refused),
 * the reasons next to the fields, "Test forbindelse" and saving. Checks the URL and the retention
 * at once; opening the certificate, the connection test and writing the file run in the
 * background.
 */
public final class SettingsViewModel {
  /** The languages offered, as {@code workbench.language} values. */
  public static final List<String> LANGUAGES = List.of("da", "en");

  /**
   * The settings in effect when the dialog opens (command line, environment and saved settings
   * together).
   *
   * @param connected whether the workbench talks to real back-ends (else the demo sandbox)
   * @param baseUrl the back-end base URL, empty for none
   * @param certificate the client certificate file, empty for none
   * @param password its password, empty for none
   * @param retention the cache retention, e.g. {@code 14d}
   * @param language {@code da} or {@code en}
   * @param theme the theme
   * @param fontScale the font scale in percent
   * @param fixed the settings (property names, {@link SettingsStore#BASE_URL} …) that the deploy-time
   *     configuration sets, so that a value saved here does not apply
   */
  public record Current(boolean connected, String baseUrl, String certificate, String password, String retention,
      String language, Theme theme, int fontScale, java.util.Set<String> fixed) {
    public Current {
      fixed = java.util.Set.copyOf(fixed);
    }
  }

  private final UserSettingsService service;
  private final Appearance appearance;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private Current saved;

  private final ObjectProperty<Boolean> connected = new SimpleObjectProperty<>(false);
  private final StringProperty baseUrl = new SimpleStringProperty("");
  private final StringProperty certificate = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty retention = new SimpleStringProperty("");
  private final ObjectProperty<String> language = new SimpleObjectProperty<>("da");
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.STANDARD);
  private final ObjectProperty<Integer> fontScale = new SimpleObjectProperty<>(100);

  private final StringProperty urlError = new SimpleStringProperty("");
  private final StringProperty certificateError = new SimpleStringProperty("");
  private final StringProperty retentionError = new SimpleStringProperty("");
  private final StringProperty testResult = new SimpleStringProperty("");
  private final BooleanProperty testOk = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty message = new SimpleStringProperty("");

  public SettingsViewModel(UserSettingsService service, Appearance appearance, BackgroundTasks tasks, Messages messages,
      Current current) {
    this.service = Objects.requireNonNull(service, "service == null");
    this.appearance = Objects.requireNonNull(appearance, "appearance == null");
    this.tasks = Objects.requireNonNull(tasks, "tasks == null");
    this.messages = Objects.requireNonNull(messages, "messages == null");
    this.saved = Objects.requireNonNull(current, "current == null");
    connected.set(current.connected());
    baseUrl.set(current.baseUrl());
    certificate.set(current.certificate());
    password.set(current.password());
    retention.set(current.retention());
    language.set(current.language());
    // the look shown now (Ctrl+Plus may have changed it since the start)
    theme.set(appearance.themeProperty().get());
    fontScale.set(appearance.fontScaleProperty().get());
  }

  /** Checks the URL and the retention now; false (with the reasons shown) when one is wrong. */
  boolean checkFields() {
    boolean ok = true;
    urlError.set("");
    retentionError.set("");
    certificateError.set("");
    if (Boolean.TRUE.equals(connected.get()) || !baseUrl.get().isBlank()) {
      try {
        SettingsCheck.baseUrl(baseUrl.get());
      } catch (InvalidSettingException e) {
        urlError.set(problemText(e));
        ok = false;
      }
    }
    try {
      SettingsCheck.retention(retention.get());
    } catch (InvalidSettingException e) {
      retentionError.set(problemText(e));
      ok = false;
    }
    return ok;
  }

  /** "Test forbindelse": the entered URL's health resource, with the entered certificate, in the background. */
  public void testConnection() {
    testResult.set("");
    urlError.set("");
    certificateError.set("");
    URI url;
    try {
      url = SettingsCheck.baseUrl(baseUrl.get());
    } catch (InvalidSettingException e) {
      urlError.set(problemText(e));
      testOk.set(false);
      testResult.set(messages.get("settings.test.fixUrl"));
      return;
    }
    Path file = certificateFile();
    String secret = password.get();
    busy.set(true);
    testResult.set(messages.get("settings.test.running", url));
    tasks.run(() -> service.testConnection(url, file, secret))
        .onSuccess(outcome -> {
          busy.set(false);
          testOk.set(outcome.ok());
          testResult.set(outcomeText(url, outcome));
        })
        .onFailure(e -> {
          busy.set(false);
          testOk.set(false);
          if (e instanceof InvalidSettingException invalid) {
            certificateError.set(problemText(invalid));
            testResult.set(messages.get("settings.test.certificate"));
          } else {
            testResult.set(messages.get("settings.test.failed", e.getClass().getSimpleName()));
          }
        })
        .start();
  }

  /**
   * "Gem": checks everything (the certificate in the background), then writes the settings file;
   * the look applies at once, and the message says which settings wait for a restart. Nothing
   * typed is changed or lost when a check fails.
   */
  public void save() {
    message.set("");
    if (!checkFields()) {
      message.set(messages.get("settings.save.fix"));
      return;
    }
    Path file = certificateFile();
    String secret = password.get();
    Current entered = entered();
    Map<String, String> values = new LinkedHashMap<>();
    values.put(SettingsStore.MODE, entered.connected() ? "connected" : "demo");
    values.put(SettingsStore.BASE_URL, entered.baseUrl());
    values.put(SettingsStore.CERTIFICATE, file == null ? "" : file.toAbsolutePath().toString());
    values.put(SettingsStore.CERTIFICATE_PASSWORD, file == null ? "" : secret);
    values.put(SettingsStore.RETENTION, entered.retention());
    values.put(SettingsStore.LANGUAGE, entered.language());
    values.put(SettingsStore.THEME, entered.theme().key());
    values.put(SettingsStore.FONT_SCALE, Integer.toString(entered.fontScale()));
    busy.set(true);
    tasks.run(() -> {
      if (file != null) {
        SettingsCheck.certificate(file, secret);
      }
      service.save(values);
      return entered;
    }).onSuccess(done -> {
      busy.set(false);
      boolean restart = needsRestart(saved, done);
      saved = done;
      appearance.show(done.theme(), done.fontScale());
      message.set(messages.get(restart ? "settings.saved.restart" : "settings.saved", service.file()));
    }).onFailure(e -> {
      busy.set(false);
      if (e instanceof InvalidSettingException invalid) {
        certificateError.set(problemText(invalid));
        message.set(messages.get("settings.save.fix"));
      } else {
        message.set(messages.get("settings.save.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    }).start();
  }

  /** What the dialog holds now, normalised (the URL with its trailing slash, the retention in lower case). */
  private Current entered() {
    String url = baseUrl.get().strip();
    try {
      url = url.isEmpty() ? "" : SettingsCheck.baseUrl(url).toString();
    } catch (InvalidSettingException e) {
      // checked before
    }
    return new Current(Boolean.TRUE.equals(connected.get()), url, certificate.get().strip(), password.get(),
        retention.get().strip().toLowerCase(Locale.ROOT), language.get(), theme.get(), fontScale.get(), saved.fixed());
  }

  /** Connection, certificate, language and retention are read at start; the look applies at once. */
  static boolean needsRestart(Current before, Current after) {
    return before.connected() != after.connected() || !before.baseUrl().equals(after.baseUrl())
        || !before.certificate().equals(after.certificate()) || !before.password().equals(after.password())
        || !before.language().equals(after.language()) || !before.retention().equals(after.retention());
  }

  private Path certificateFile() {
    String text = certificate.get().strip();
    return text.isEmpty() ? null : Path.of(text);
  }

  private String outcomeText(URI url, ConnectionCheck.Outcome outcome) {
    return switch (outcome.kind()) {
      case OK -> messages.get("settings.test.ok", outcome.status(), outcome.millis());
      case HTTP_STATUS -> messages.get("settings.test.status", outcome.status());
      case REFUSED -> messages.get("settings.test.refused", url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : ""));
      case UNKNOWN_HOST -> messages.get("settings.test.unknownHost", url.getHost());
      case TIMEOUT -> messages.get("settings.test.timeout");
      case TLS -> messages.get("settings.test.tls", outcome.detail());
      case FAILED -> messages.get("settings.test.failed", outcome.detail());
    };
  }

  private String problemText(InvalidSettingException e) {
    return messages.get("settings.problem." + e.problem().name());
  }

  /**
   * "Fastsat ved installationen …" for a setting the deploy-time configuration sets (the value
   * saved here does not apply while it does), else empty.
   */
  public String fixedNote(String property) {
    return saved.fixed().contains(property) ? messages.get("settings.fixed") : "";
  }

  /** The text for a language code, in its own language. */
  public String languageText(String code) {
    return messages.get("settings.language." + code);
  }

  /** The text for a theme. */
  public String themeText(Theme value) {
    return messages.get("settings.theme." + value.name());
  }

  /** "125 %". */
  public String fontScaleText(Integer value) {
    return value == null ? "" : messages.get("settings.fontScale.value", value);
  }

  /** The text for demo or connected mode. */
  public String modeText(Boolean value) {
    return messages.get(Boolean.TRUE.equals(value) ? "settings.mode.connected" : "settings.mode.demo");
  }

  /** True for connected mode (real back-ends), false for demo. */
  public ObjectProperty<Boolean> connectedProperty() {
    return connected;
  }

  public StringProperty baseUrlProperty() {
    return baseUrl;
  }

  public StringProperty certificateProperty() {
    return certificate;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty retentionProperty() {
    return retention;
  }

  public ObjectProperty<String> languageProperty() {
    return language;
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public ObjectProperty<Integer> fontScaleProperty() {
    return fontScale;
  }

  public StringProperty urlErrorProperty() {
    return urlError;
  }

  public StringProperty certificateErrorProperty() {
    return certificateError;
  }

  public StringProperty retentionErrorProperty() {
    return retentionError;
  }

  public StringProperty testResultProperty() {
    return testResult;
  }

  /** True when the last connection test succeeded (for its style; the text says it too). */
  public BooleanProperty testOkProperty() {
    return testOk;
  }

  /** True while a test or a save runs. */
  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty messageProperty() {
    return message;
  }

  /** Where the settings are saved, for the dialog's footnote. */
  public String fileText() {
    return messages.get("settings.file", service.file());
  }
}
