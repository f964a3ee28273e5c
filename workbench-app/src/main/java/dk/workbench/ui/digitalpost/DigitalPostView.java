package dk.workbench.ui.digitalpost;

import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.service.digitalpost.Folder;
import dk.workbench.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The mailbox window: folder, virtualised message list (paged as it scrolls), the open message's PDF pages. */
public final class DigitalPostView extends BorderPane {
  private final DigitalPostViewModel vm;

  public DigitalPostView(DigitalPostViewModel vm, Messages messages) {
    this.vm = vm;
    setId("digitalPostView");
    getStyleClass().add("overview");
    Label registration = new Label();
    registration.setId("postRegistration");
    registration.setWrapText(true);
    registration.textProperty().bind(vm.registrationProperty());
    Label refusal = new Label();
    refusal.setId("postRefused");
    refusal.setWrapText(true);
    refusal.getStyleClass().add("error-message");
    refusal.textProperty().bind(vm.refusalProperty());
    refusal.visibleProperty().bind(Bindings.isNotEmpty(vm.refusalProperty()));
    refusal.managedProperty().bind(refusal.visibleProperty());

    ChoiceBox<Folder> folders = new ChoiceBox<>();
    folders.setId("postFolder");
    folders.getItems().setAll(Folder.values());
    folders.setConverter(new StringConverter<>() {
      @Override
      public String toString(Folder f) {
        return f == null ? "" : messages.get("post.folder." + f.name());
      }

      @Override
      public Folder fromString(String s) {
        return null;
      }
    });
    folders.setValue(vm.folderProperty().get());
    folders.setOnAction(e -> vm.load(folders.getValue()));
    Label status = new Label();
    status.setId("postStatus");
    status.textProperty().bind(vm.statusProperty());
    VBox top = new VBox(8, registration, refusal, new HBox(12, folders, status));
    top.setStyle("-fx-padding: 0 0 8 0;");
    setTop(top);

    ListView<MailboxMessage> list = new ListView<>(vm.items());
    list.setId("postMessages");
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(MailboxMessage item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : vm.line(item));
        if (!empty && item != null && getIndex() >= vm.items().size() - 5) {
          vm.more();
        }
      }
    });
    list.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> vm.select(m));

    Label header = new Label();
    header.setId("postMessageHeader");
    header.setWrapText(true);
    header.textProperty().bind(vm.messageHeaderProperty());
    Label messageStatus = new Label();
    messageStatus.setId("postMessageStatus");
    messageStatus.textProperty().bind(vm.messageStatusProperty());
    Button markRead = new Button(messages.get("post.markRead"));
    markRead.setId("postMarkRead");
    markRead.setOnAction(e -> vm.markRead());
    Button print = new Button(messages.get("post.print"));
    print.setId("postPrint");
    print.setOnAction(e -> vm.print());
    markRead.disableProperty().bind(vm.openedProperty().isNull());
    print.disableProperty().bind(vm.openedProperty().isNull());
    VBox pages = new VBox(8);
    pages.setId("postPages");
    vm.pages().addListener((ListChangeListener<javafx.scene.image.Image>) c -> {
      pages.getChildren().clear();
      for (var image : vm.pages()) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(560);
        pages.getChildren().add(view);
      }
    });
    ScrollPane pageScroll = new ScrollPane(pages);
    VBox message = new VBox(8, header, new HBox(8, markRead, print, messageStatus), pageScroll);
    SplitPane split = new SplitPane(list, message);
    split.setDividerPositions(0.45);
    setCenter(split);
  }

  /** The view model (tests read its timings). */
  public DigitalPostViewModel viewModel() {
    return vm;
  }
}
