package dk.workbench.ui.letters;

import dk.workbench.rules.Language;
import dk.workbench.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The decision workspace's letter bar: "Lav afgørelsesbrev", its language and large print, and
 * what happened. Binds to {@link DecisionLetterViewModel}; Alt+L makes the letter.
 */
public final class DecisionLetterBar extends HBox {
  public DecisionLetterBar(DecisionLetterViewModel viewModel, Messages messages) {
    super(8);
    setId("decisionLetterBar");
    setAlignment(Pos.CENTER_LEFT);
    Button make = new Button(messages.get("letter.make"));
    make.setId("makeLetterButton");
    make.setMnemonicParsing(true);
    make.disableProperty().bind(viewModel.canMakeProperty().not());
    make.setOnAction(e -> viewModel.make());

    Label languageLabel = new Label(messages.get("letter.language"));
    ComboBox<Language> language = new ComboBox<>();
    language.setId("letterLanguageBox");
    language.getItems().setAll(Language.values());
    language.setConverter(new StringConverter<>() {
      @Override
      public String toString(Language value) {
        return value == null ? "" : messages.get("language." + value.name());
      }

      @Override
      public Language fromString(String string) {
        return null;
      }
    });
    language.valueProperty().bindBidirectional(viewModel.languageProperty());
    language.setAccessibleText(messages.get("letter.language"));
    languageLabel.setLabelFor(language);

    CheckBox large = new CheckBox(messages.get("letter.largePrint"));
    large.setId("letterLargePrint");
    large.selectedProperty().bindBidirectional(viewModel.largePrintProperty());

    Label status = new Label();
    status.setId("letterStatus");
    status.setWrapText(true);
    status.textProperty().bind(viewModel.statusProperty());
    status.textProperty().addListener((obs, old, text) -> status.setAccessibleText(text));

    getChildren().addAll(make, languageLabel, language, large, status);
  }
}
