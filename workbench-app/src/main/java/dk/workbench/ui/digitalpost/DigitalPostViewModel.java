package dk.workbench.ui.digitalpost;

import dk.workbench.contracts.digitalpost.Mailbox;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.digitalpost.DigitalPostService;
import dk.workbench.service.digitalpost.Folder;
import dk.workbench.service.digitalpost.LetterRoute;
import dk.workbench.service.digitalpost.MailboxSlice;
import dk.workbench.service.digitalpost.OpenedMessage;
import dk.workbench.service.digitalpost.PdfPages;
import dk.workbench.service.digitalpost.PostAccess;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The citizen's mailbox window: the registration (exempt, where letters go), the gate's answer,
 * a folder's messages (unread first in the inbox) loaded page by page as the list scrolls, and
 * the open message with its PDF pages, mark read and print.
 */
public final class DigitalPostViewModel {
  /** Messages per page loaded as the list scrolls. */
  public static final int PAGE = 50;
  /** Messages of the first page: about what the list shows, so that it comes as fast as it can. */
  public static final int FIRST_PAGE = 30;

  private final DigitalPostService service;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final ZoneId zone;
  private ActingForSession session;
  private CprNumber citizen;
  private long generation;

  private final StringProperty registration = new SimpleStringProperty("");
  private final StringProperty refusal = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final ObjectProperty<Folder> folder = new SimpleObjectProperty<>(Folder.INBOX);
  private final ObservableList<MailboxMessage> items = FXCollections.observableArrayList();
  private final ObjectProperty<OpenedMessage> opened = new SimpleObjectProperty<>();
  private final ObservableList<Image> pages = FXCollections.observableArrayList();
  private final StringProperty messageHeader = new SimpleStringProperty("");
  private final StringProperty messageStatus = new SimpleStringProperty("");
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private long total;
  private long unread;
  /** The mailbox's message count from its registration (0 until it has arrived). */
  private long registered;
  /** How long the first page took, from asking to shown (for the benchmark). */
  private final ObjectProperty<Long> firstPageMillis = new SimpleObjectProperty<>();

  public DigitalPostViewModel(DigitalPostService service, BackgroundTasks tasks, Messages messages, ZoneId zone) {
    this.service = service;
    this.tasks = tasks;
    this.messages = messages;
    this.zone = zone;
  }

  /** Opens the citizen's mailbox in the session (null: no session, the window says why). */
  public void open(CprNumber cpr, ActingForSession session) {
    this.citizen = cpr;
    this.session = session;
    tasks.run(() -> service.registration(cpr)).onSuccess(this::showRegistration)
        .onFailure(e -> registration.set(messages.get("post.registration.failed"))).start();
    PostAccess access = service.access(session);
    if (!access.allowed()) {
      refusal.set(messages.get("post.refused." + access.refusal().name()));
      return;
    }
    refusal.set("");
    load(folder.get());
  }

  private void showRegistration(Mailbox mailbox) {
    registered = mailbox.messageCount();
    if (total == Long.MAX_VALUE && folder.get() == Folder.INBOX && !items.isEmpty()) {
      total = registered;
      showStatus();
    }
    LetterRoute route = LetterRoute.of(mailbox);
    String text = messages.get("post.route." + route.name());
    if (mailbox.exemption() != null) {
      text = messages.get("post.exempt", mailbox.exemption().since() == null ? "" : messages.date(mailbox.exemption().since()),
          mailbox.exemption().reason() == null ? "" : mailbox.exemption().reason()) + " " + text;
    }
    registration.set(text);
  }

  /** Shows another folder from its start. */
  public void load(Folder which) {
    folder.set(which);
    items.clear();
    total = 0;
    long mine = ++generation;
    long started = System.nanoTime();
    loading.set(true);
    // the record and the first page at once; the page is shown only once the opening is recorded
    MailboxSlice[] page = new MailboxSlice[1];
    boolean[] recorded = new boolean[1];
    Runnable showWhenBoth = () -> {
      if (mine == generation && recorded[0] && page[0] != null) {
        show(page[0]);
        firstPageMillis.set((System.nanoTime() - started) / 1_000_000);
      }
    };
    tasks.run(() -> {
      service.recordOpen(session, which);
      return true;
    }).onSuccess(ok -> {
      recorded[0] = true;
      showWhenBoth.run();
    }).onFailure(this::failed).start();
    tasks.run(() -> service.firstPage(session, which, FIRST_PAGE)).onSuccess(slice -> {
      page[0] = slice;
      showWhenBoth.run();
    }).onFailure(this::failed).start();
  }

  /** Loads the next page when the list nears its end. */
  public void more() {
    if (loading.get() || items.size() >= total || session == null) {
      return;
    }
    long mine = generation;
    loading.set(true);
    Folder which = folder.get();
    long offset = items.size();
    tasks.run(() -> service.slice(session, which, offset, PAGE)).onSuccess(slice -> {
      if (mine == generation) {
        show(slice);
      }
    }).onFailure(this::failed).start();
  }

  private void show(MailboxSlice slice) {
    loading.set(false);
    // an uncounted inbox (first page before counts) takes the registration's count, or pages on until told
    total = slice.total() >= 0 ? slice.total() : registered > 0 ? registered : Long.MAX_VALUE;
    unread = Math.max(0, slice.unread());
    items.addAll(slice.messages());
    showStatus();
  }

  private void showStatus() {
    status.set(messages.get("post.status", items.size(), total == Long.MAX_VALUE ? "…" : total, unread));
  }

  private void failed(Throwable e) {
    loading.set(false);
    status.set(messages.get("post.failed"));
  }

  /** Opens a message (recorded) and renders its first PDF's pages. */
  public void select(MailboxMessage message) {
    if (message == null) {
      return;
    }
    pages.clear();
    messageStatus.set(messages.get("section.loading"));
    tasks.run(() -> {
      OpenedMessage m = service.open(session, message.messageUUID());
      List<Image> images = new ArrayList<>();
      for (OpenedMessage.Document d : m.documents()) {
        if (d.pdf()) {
          for (BufferedImage page : PdfPages.render(d.content(), 96)) {
            images.add(fx(page));
          }
        }
      }
      return new Shown(m, images);
    }).onSuccess(shown -> {
      OpenedMessage m = shown.message();
      messageHeader.set(messages.get("post.header", m.title(), m.sender(),
          m.created() == null ? "" : messages.date(m.created().atZoneSameInstant(zone).toLocalDate()),
          m.replyBy() == null ? "—" : messages.date(m.replyBy()), m.documents().size()));
      messageStatus.set("");
      opened.set(m);
      pages.setAll(shown.pages());
    }).onFailure(e -> messageStatus.set(messages.get("post.openFailed"))).start();
  }

  private record Shown(OpenedMessage message, List<Image> pages) {}

  /** An AWT page image as an FX image, pixel by pixel (no javafx-swing needed). */
  static Image fx(BufferedImage page) {
    int w = page.getWidth();
    int h = page.getHeight();
    int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
    WritableImage image = new WritableImage(w, h);
    image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    return image;
  }

  /** Marks the open message read (recorded). */
  public void markRead() {
    OpenedMessage m = opened.get();
    if (m == null) {
      return;
    }
    tasks.run(() -> service.markRead(session, m.uuid())).onSuccess(state -> {
      messageStatus.set(messages.get("post.markedRead"));
      for (int i = 0; i < items.size(); i++) {
        MailboxMessage item = items.get(i);
        if (item.messageUUID().equals(m.uuid())) {
          items.set(i, new MailboxMessage(item.messageUUID(), item.sender(), item.label(), item.receivedAt(),
              item.postType(), item.replyByDate(), item.legalNotification(), true, item.attachments()));
        }
      }
    }).onFailure(e -> messageStatus.set(messages.get("post.failed"))).start();
  }

  /** Prints the open message's PDF for the citizen (recorded first). */
  public void print() {
    OpenedMessage m = opened.get();
    if (m == null) {
      return;
    }
    tasks.run(() -> {
      service.recordPrint(session, m.uuid());
      for (OpenedMessage.Document d : m.documents()) {
        if (d.pdf() && !PdfPages.print(d.content(), m.title())) {
          return false;
        }
      }
      return true;
    }).onSuccess(printed -> messageStatus.set(messages.get(printed ? "post.printed" : "post.noPrinter")))
        .onFailure(e -> messageStatus.set(messages.get("post.printFailed"))).start();
  }

  public StringProperty registrationProperty() {
    return registration;
  }

  public StringProperty refusalProperty() {
    return refusal;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public ObjectProperty<Folder> folderProperty() {
    return folder;
  }

  public ObservableList<MailboxMessage> items() {
    return items;
  }

  public ObservableList<Image> pages() {
    return pages;
  }

  public ObjectProperty<OpenedMessage> openedProperty() {
    return opened;
  }

  public StringProperty messageHeaderProperty() {
    return messageHeader;
  }

  public StringProperty messageStatusProperty() {
    return messageStatus;
  }

  public ObjectProperty<Long> firstPageMillisProperty() {
    return firstPageMillis;
  }

  /** A list line: unread mark, date, sender, title, reply-by, attachments. */
  public String line(MailboxMessage m) {
    return (m.read() ? "  " : "● ") + (m.receivedAt() == null ? "" : messages.date(m.receivedAt().atZoneSameInstant(zone).toLocalDate()))
        + " · " + (m.sender() == null ? "" : m.sender().name()) + " · " + m.label()
        + (m.replyByDate() == null ? "" : " · " + messages.get("post.replyBy", messages.date(m.replyByDate())))
        + (m.attachments().isEmpty() ? "" : " · " + messages.get("post.attachments", m.attachments().size()));
  }
}
