package dk.workbench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.letters.Letter;
import dk.workbench.letters.LetterComposer;
import dk.workbench.letters.LetterRenderer;
import dk.workbench.letters.LetterRequest;
import dk.workbench.letters.Recipient;
import dk.workbench.letters.Sender;
import dk.workbench.rules.Language;
import dk.workbench.service.letters.LetterPreview;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The letter preview, headless: a rendered multi-page letter, paged through and zoomed with the buttons. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LetterPreviewViewFxTest {
  private LetterPreviewViewModel viewModel;
  private LetterPreview preview;

  @Start
  void start(Stage stage) throws Exception {
    Messages messages = new Messages(Locale.forLanguageTag("da"));
    viewModel = new LetterPreviewViewModel(new BackgroundTasks(Runnable::run, Runnable::run), messages);
    LetterComposer composer = new LetterComposer();
    String facts = Files.readString(Path.of("..", "docs", "examples", "facts", "folkepension.json"), StandardCharsets.UTF_8);
    Letter letter = composer.compose(new LetterRequest(composer.explain(facts), Sender.testProfile(), Recipient.testProfile(),
        LocalDate.of(2026, 11, 30), null, Language.DA, true, false));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new LetterRenderer().render(letter, pdf);
    preview = LetterPreview.of(pdf.toByteArray());
    stage.setScene(new Scene(new LetterPreviewView(viewModel, messages).root(), 900, 700));
    stage.show();
    viewModel.show(preview);
  }

  @AfterEach
  void close() throws Exception {
    preview.close();
  }

  @Test
  void pagesThroughTheLetterAndZooms(FxRobot robot) {
    int pages = preview.pages();
    assertThat(pages).isGreaterThanOrEqualTo(3);
    Label page = robot.lookup("#letter-page").queryAs(Label.class);
    ImageView image = robot.lookup("#letter-image").queryAs(ImageView.class);
    assertThat(page.getText()).isEqualTo("Side 1 af " + pages);
    assertThat(robot.lookup("#letter-previous").queryAs(Button.class).isDisabled()).isTrue();
    double width = image.getImage().getWidth();
    assertThat(width).isBetween(590.0, 600.0); // A4 at 72 dpi

    robot.clickOn("#letter-next");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(page.getText()).isEqualTo("Side 2 af " + pages);
    assertThat(robot.lookup("#letter-previous").queryAs(Button.class).isDisabled()).isFalse();

    robot.clickOn("#letter-zoom-in");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(image.getImage().getWidth()).isGreaterThan(width * 1.2);
    assertThat(robot.lookup("#letter-zoom").queryAs(Label.class).getText()).isEqualTo("125 %");

    for (int i = 2; i < pages; i++) {
      robot.clickOn("#letter-next");
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(page.getText()).isEqualTo("Side " + pages + " af " + pages);
    assertThat(robot.lookup("#letter-next").queryAs(Button.class).isDisabled()).isTrue();
  }
}
