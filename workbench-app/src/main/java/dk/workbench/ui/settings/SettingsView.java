package dk.workbench.ui.settings;

import dk.workbench.service.settings.SettingsStore;
import dk.workbench.service.settings.Theme;
import dk.workbench.ui.common.Messages;
import java.io.File;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Indstillinger…" (Ctrl+,): back-end, client certificate, cache retention, language, theme and
 * text size, with the reasons for refused values next to the fields, "Test forbindelse" and
 * "Gem". Binds to a fresh {@link SettingsViewModel} each time it opens.
 */
public final class SettingsView {
  private final Supplier<SettingsViewModel> viewModels;
  private final Messages messages;

  public SettingsView(Supplier<SettingsViewModel> viewModels, Messages messages) {
    this.viewModels = viewModels;
    this.messages = messages;
  }

  /** Opens the dialog over {@code owner}; returns at once. */
  public void show(Window owner) {
    SettingsViewModel viewModel = viewModels.get();
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(messages.get("settings.title"));
    dialog.setResizable(true);
    dialog.getDialogPane().setId("settingsDialog");
    dialog.getDialogPane().setContent(content(viewModel));
    dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("settings.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    dialog.show();
  }

  private VBox content(SettingsViewModel vm) {
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(4);
    ColumnConstraints labels = new ColumnConstraints();
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setMinWidth(320);
    grid.getColumnConstraints().addAll(labels, fields);
    int row = 0;

    ComboBox<Boolean> mode = combo("settingsMode", FXCollections.observableArrayList(false, true), vm::modeText);
    mode.valueProperty().bindBidirectional(vm.connectedProperty());
    row = field(grid, row, "settings.mode", mode, null, vm.fixedNote(SettingsStore.MODE));

    TextField url = new TextField();
    url.setId("settingsUrl");
    url.setPromptText(messages.get("settings.url.prompt"));
    url.textProperty().bindBidirectional(vm.baseUrlProperty());
    row = field(grid, row, "settings.url", url, error("settingsUrlError", vm.urlErrorProperty()), vm.fixedNote(SettingsStore.BASE_URL));

    TextField certificate = new TextField();
    certificate.setId("settingsCertificate");
    certificate.setPromptText(messages.get("settings.certificate.prompt"));
    certificate.textProperty().bindBidirectional(vm.certificateProperty());
    Button choose = new Button(messages.get("settings.certificate.choose"));
    choose.setId("settingsChooseCertificate");
    choose.setOnAction(e -> chooseCertificate(choose.getScene().getWindow(), vm));
    HBox.setHgrow(certificate, Priority.ALWAYS);
    HBox certificateRow = new HBox(6, certificate, choose);
    certificate.setAccessibleText(messages.get("settings.certificate"));
    row = field(grid, row, "settings.certificate", certificateRow, null, vm.fixedNote(SettingsStore.CERTIFICATE));

    PasswordField password = new PasswordField();
    password.setId("settingsPassword");
    password.textProperty().bindBidirectional(vm.passwordProperty());
    row = field(grid, row, "settings.password", password, error("settingsCertificateError", vm.certificateErrorProperty()), "");

    Button test = new Button(messages.get("settings.test"));
    test.setId("settingsTest");
    test.disableProperty().bind(vm.busyProperty());
    test.setOnAction(e -> vm.testConnection());
    Label testResult = new Label();
    testResult.setId("settingsTestResult");
    testResult.setWrapText(true);
    testResult.textProperty().bind(vm.testResultProperty());
    vm.testOkProperty().addListener((obs, was, ok) -> {
      testResult.getStyleClass().removeAll("settings-test-ok", "settings-test-failed");
      testResult.getStyleClass().add(ok ? "settings-test-ok" : "settings-test-failed");
    });
    grid.add(test, 1, row++);
    grid.add(testResult, 1, row++);

    TextField retention = new TextField();
    retention.setId("settingsRetention");
    retention.setPromptText(messages.get("settings.retention.prompt"));
    retention.textProperty().bindBidirectional(vm.retentionProperty());
    row = field(grid, row, "settings.retention", retention, error("settingsRetentionError", vm.retentionErrorProperty()), vm.fixedNote(SettingsStore.RETENTION));

    ComboBox<String> language = combo("settingsLanguage", FXCollections.observableArrayList(SettingsViewModel.LANGUAGES),
        vm::languageText);
    language.valueProperty().bindBidirectional(vm.languageProperty());
    row = field(grid, row, "settings.language", language, null, vm.fixedNote(SettingsStore.LANGUAGE));

    ComboBox<Theme> theme = combo("settingsTheme", FXCollections.observableArrayList(Theme.values()), vm::themeText);
    theme.valueProperty().bindBidirectional(vm.themeProperty());
    row = field(grid, row, "settings.theme", theme, null, vm.fixedNote(SettingsStore.THEME));

    ComboBox<Integer> fontScale = combo("settingsFontScale", FXCollections.observableArrayList(Appearance.STEPS),
        vm::fontScaleText);
    fontScale.valueProperty().bindBidirectional(vm.fontScaleProperty());
    row = field(grid, row, "settings.fontScale", fontScale, null, vm.fixedNote(SettingsStore.FONT_SCALE));

    Button save = new Button(messages.get("settings.save"));
    save.setId("settingsSave");
    save.setDefaultButton(true);
    save.disableProperty().bind(vm.busyProperty());
    save.setOnAction(e -> vm.save());
    Label message = new Label();
    message.setId("settingsMessage");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    Label file = new Label(vm.fileText());
    file.setWrapText(true);
    file.getStyleClass().add("section-source");
    Label restartNote = new Label(messages.get("settings.restartNote"));
    restartNote.setWrapText(true);
    restartNote.getStyleClass().add("section-source");

    VBox box = new VBox(10, grid, restartNote, new HBox(10, save), message, file);
    box.setPadding(new Insets(4));
    box.setPrefWidth(640);
    return box;
  }

  /**
   * A label (bound to the control for screen readers), the control, the line for its problem
   * below, and a note when the deploy-time configuration fixes the setting.
   */
  private int field(GridPane grid, int row, String key, Node control, Label problem, String fixedNote) {
    Label label = new Label(messages.get(key));
    Node target = control instanceof HBox box ? box.getChildren().get(0) : control;
    label.setLabelFor(target);
    if (target instanceof Control c && c.getAccessibleText() == null) {
      c.setAccessibleText(messages.get(key));
    }
    grid.add(label, 0, row);
    grid.add(control, 1, row++);
    if (problem != null) {
      grid.add(problem, 1, row++);
    }
    if (!fixedNote.isEmpty()) {
      Label note = new Label(fixedNote);
      note.setWrapText(true);
      note.getStyleClass().addAll("warning-message", "settings-fixed");
      grid.add(note, 1, row++);
    }
    return row;
  }

  private static Label error(String id, javafx.beans.value.ObservableValue<String> text) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().add("validation-message");
    label.textProperty().bind(text);
    label.managedProperty().bind(label.textProperty().isNotEmpty());
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    return label;
  }

  private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, Function<T, String> text) {
    ComboBox<T> box = new ComboBox<>(items);
    box.setId(id);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        return items.stream().filter(item -> text.apply(item).equals(string)).findFirst().orElse(null);
      }
    });
    return box;
  }

  private void chooseCertificate(Window owner, SettingsViewModel vm) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(messages.get("settings.certificate.choose"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("settings.certificate.filter"), "*.p12", "*.pfx"));
    File chosen = chooser.showOpenDialog(owner);
    if (chosen != null) {
      vm.certificateProperty().set(chosen.getAbsolutePath());
    }
  }
}
