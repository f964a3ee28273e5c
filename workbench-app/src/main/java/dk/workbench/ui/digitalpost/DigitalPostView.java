package dk.workbench.ui.digitalpost;

import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.service.digitalpost.Folder;
import dk.workbench.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The mailbox window's controller ({@code DigitalPostView.fxml}): folder, the virtualised
 * message list (more loaded as it nears its end), the open message's header and PDF pages.
 */
public final class DigitalPostView {
  private final DigitalPostViewModel vm;
  private final Messages messages;

  @FXML private BorderPane root;
  @FXML private Label registration;
  @FXML private Label refusal;
  @FXML private ChoiceBox<Folder> folders;
  @FXML private Label status;
  @FXML private ListView<MailboxMessage> list;
  @FXML private Label header;
  @FXML private Button markRead;
  @FXML private Button print;
  @FXML private Label messageStatus;
  @FXML private VBox pages;

  public DigitalPostView(DigitalPostViewModel vm, Messages messages) {
    this.vm = vm;
    this.messages = messages;
  }

  @FXML
  void initialize() {
    root.setUserData(this);
    registration.textProperty().bind(vm.registrationProperty());
    refusal.textProperty().bind(vm.refusalProperty());
    refusal.visibleProperty().bind(Bindings.isNotEmpty(vm.refusalProperty()));
    refusal.managedProperty().bind(refusal.visibleProperty());
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
    status.textProperty().bind(vm.statusProperty());
    list.setItems(vm.items());
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
    header.textProperty().bind(vm.messageHeaderProperty());
    messageStatus.textProperty().bind(vm.messageStatusProperty());
    markRead.disableProperty().bind(vm.openedProperty().isNull());
    print.disableProperty().bind(vm.openedProperty().isNull());
    vm.pages().addListener((ListChangeListener<Image>) c -> {
      pages.getChildren().clear();
      for (Image image : vm.pages()) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(560);
        pages.getChildren().add(view);
      }
    });
  }

  @FXML
  void onFolder() {
    if (folders.getValue() != null && folders.getValue() != vm.folderProperty().get()) {
      vm.load(folders.getValue());
    }
  }

  @FXML
  void onMarkRead() {
    vm.markRead();
  }

  @FXML
  void onPrint() {
    vm.print();
  }

  /** The view model (tests read its timings). */
  public DigitalPostViewModel viewModel() {
    return vm;
  }
}
