package dk.workbench.service.digitalpost;

import dk.workbench.clients.digitalpost.DigitalPostClient;
import dk.workbench.clients.digitalpost.MailboxQuery;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.digitalpost.Mailbox;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.contracts.digitalpost.MailboxPage;
import dk.workbench.contracts.digitalpost.ReadState;
import dk.workbench.contracts.digitalpost.memo.MemoFile;
import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import dk.workbench.contracts.digitalpost.memo.MessageBody;
import dk.workbench.contracts.digitalpost.memo.MessageHeader;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.http.ApiException;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.attorney.ActingForService;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.Basis;
import dk.workbench.service.attorney.SessionBlockedException;
import dk.workbench.service.overview.Section;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The citizen's Digital Post mailbox: folders (unread first), a message opened with its
 * documents, mark as read, print. Opening the mailbox is allowed only with a power covering
 * Digital Post, a verbal consent covering it, or an assisted session with the citizen present
 * ({@link #access}); every action is recorded in the session. The registration (exempt, and
 * where letters go) is not gated. Blocking and thread-agnostic.
 */
public final class DigitalPostService {
  /** Messages per back-end call (the API's maximum). */
  static final int FETCH = MailboxQuery.MAX_SIZE;

  public static final String OPEN_MAILBOX = "OPEN_MAILBOX";
  public static final String OPEN_MESSAGE = "OPEN_MESSAGE";
  public static final String MARK_READ = "MARK_READ";
  public static final String PRINT_MESSAGE = "PRINT_MESSAGE";

  private static final EnumSet<Section> POST = EnumSet.of(Section.DIGITAL_POST);

  private final DigitalPostClient client;
  private final ActingForService sessions;
  private final StaffRole role;
  private final Clock clock;

  public DigitalPostService(DigitalPostClient client, ActingForService sessions, StaffRole role, Clock clock) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.sessions = Objects.requireNonNull(sessions, "sessions == null");
    this.role = Objects.requireNonNull(role, "role == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** Whether the mailbox may be opened in this session (null: no session) now (no back-end call). */
  public PostAccess access(ActingForSession session) {
    if (!role.may(StaffPrivilege.DIGITAL_POST_READ)) {
      return new PostAccess(PostAccess.Refusal.ROLE_LACKS_PRIVILEGE);
    }
    if (session == null) {
      return new PostAccess(PostAccess.Refusal.NO_SESSION);
    }
    if (sessions.state(session) == ActingForSession.State.ENDED) {
      return new PostAccess(PostAccess.Refusal.BASIS_ENDED);
    }
    boolean covered = session.basis() instanceof Basis.CitizenPresent
        || session.grants(FuldmagtPrivilege.READ_DIGITAL_POST);
    return covered ? PostAccess.ALLOWED : new PostAccess(PostAccess.Refusal.NOT_COVERED);
  }

  /** The citizen's registration: active, exempt (with the exemption), under 15 or closed; not gated. */
  public Mailbox registration(CprNumber citizen) throws ApiException {
    return client.mailbox(citizen);
  }

  /** Opens the mailbox (recorded in the session): the folder's first {@code limit} messages. */
  public MailboxSlice openMailbox(ActingForSession session, Folder folder, int limit) throws Exception {
    recordOpen(session, folder);
    return slice(session, folder, 0, limit);
  }

  /**
   * Records that the mailbox was opened in the session (a caller that fetches the first page at
   * the same time must show it only once this has returned).
   */
  public void recordOpen(ActingForSession session, Folder folder) throws Exception {
    gate(session);
    sessions.record(session, new AccessRecorder.Activity(OPEN_MAILBOX, AccessAction.READ,
        List.of(DataCategory.DIGITAL_POST), folder.name()), POST);
  }

  /**
   * Messages {@code offset} … {@code offset + limit - 1} of a folder (for paging an open
   * mailbox; not recorded again).
   */
  public MailboxSlice slice(ActingForSession session, Folder folder, long offset, int limit) throws Exception {
    gate(session);
    CprNumber cpr = session.citizen().cpr();
    MailboxQuery all = MailboxQuery.defaults().withSize(FETCH);
    return switch (folder) {
      case UNREAD -> range(cpr, all.onlyUnread(), offset, limit, folder, true);
      case READ -> range(cpr, new MailboxQuery(FETCH, Boolean.FALSE, null, null), offset, limit, folder, false);
      case INBOX -> inbox(cpr, offset, limit);
    };
  }

  /**
   * A folder's first {@code limit} messages, to show at once when the mailbox opens: for the
   * inbox, when its unread messages alone fill the page, the read ones are not counted (one
   * back-end call instead of two) and {@code total} is -1 — the mailbox's registration
   * ({@link #registration}, asked for at the same time) has the count. Not recorded.
   */
  public MailboxSlice firstPage(ActingForSession session, Folder folder, int limit) throws Exception {
    gate(session);
    if (folder != Folder.INBOX) {
      return slice(session, folder, 0, limit);
    }
    CprNumber cpr = session.citizen().cpr();
    MailboxSlice unread = range(cpr, MailboxQuery.defaults().withSize(FETCH).onlyUnread(), 0, limit, Folder.UNREAD,
        true);
    if (unread.messages().size() < limit) {
      return inbox(cpr, 0, limit);
    }
    return new MailboxSlice(Folder.INBOX, 0, unread.messages(), -1, unread.total());
  }

  private MailboxSlice inbox(CprNumber cpr, long offset, int limit) throws ApiException {
    MailboxSlice unread = range(cpr, MailboxQuery.defaults().withSize(FETCH).onlyUnread(), offset, limit, Folder.UNREAD,
        true);
    List<MailboxMessage> messages = new ArrayList<>(unread.messages());
    long readOffset = Math.max(0, offset - unread.total());
    long readTotal;
    if (messages.size() < limit) {
      MailboxSlice read = range(cpr, new MailboxQuery(FETCH, Boolean.FALSE, null, null), readOffset,
          limit - messages.size(), Folder.READ, false);
      messages.addAll(read.messages());
      readTotal = read.total();
    } else {
      readTotal = client.listMailbox(cpr, 0, new MailboxQuery(1, Boolean.FALSE, null, null)).totalCount();
    }
    return new MailboxSlice(Folder.INBOX, offset, messages, unread.total() + readTotal, unread.total());
  }

  /** The messages at {@code offset..offset+limit-1} of one query, from the back-end pages that hold them. */
  private MailboxSlice range(CprNumber cpr, MailboxQuery query, long offset, int limit, Folder folder, boolean unreadOnly)
      throws ApiException {
    List<MailboxMessage> out = new ArrayList<>();
    long total = 0;
    long position = offset;
    int size = Math.max(1, Math.min(FETCH, limit)); // a first page of 50 costs the back-end 50 messages, not 100
    query = query.withSize(size);
    int page = (int) (offset / size);
    while (out.size() < limit) {
      MailboxPage answer = client.listMailbox(cpr, page, query);
      total = answer.totalCount();
      List<MailboxMessage> items = answer.items();
      int from = (int) (position - (long) page * size);
      for (int i = from; i < items.size() && out.size() < limit; i++) {
        out.add(items.get(i));
        position++;
      }
      if (!answer.hasNext() || items.isEmpty()) {
        break;
      }
      page++;
    }
    long unread = unreadOnly ? total : -1;
    return new MailboxSlice(folder, offset, out, total, unread);
  }

  /** Opens one message (recorded): the MeMo header and its documents, the main document first. */
  public OpenedMessage open(ActingForSession session, UUID message) throws Exception {
    gate(session);
    sessions.record(session, new AccessRecorder.Activity(OPEN_MESSAGE, AccessAction.READ,
        List.of(DataCategory.DIGITAL_POST), message.toString()), POST);
    return opened(client.message(message));
  }

  /** Marks the message read (recorded as an update). */
  public ReadState markRead(ActingForSession session, UUID message) throws Exception {
    gate(session);
    sessions.record(session, new AccessRecorder.Activity(MARK_READ, AccessAction.UPDATE,
        List.of(DataCategory.DIGITAL_POST), message.toString()), POST);
    return client.markRead(message);
  }

  /** Records that the message was printed for the citizen (call before printing). */
  public void recordPrint(ActingForSession session, UUID message) throws Exception {
    gate(session);
    sessions.record(session, new AccessRecorder.Activity(PRINT_MESSAGE, AccessAction.PRINT,
        List.of(DataCategory.DIGITAL_POST), message.toString()), POST);
  }

  static OpenedMessage opened(MemoMessage memo) {
    MessageHeader header = memo.messageHeader();
    List<OpenedMessage.Document> documents = new ArrayList<>();
    MessageBody body = memo.messageBody();
    if (body != null) {
      if (body.mainDocument() != null) {
        for (MemoFile file : body.mainDocument().files()) {
          documents.add(document(body.mainDocument().label(), file));
        }
      }
      for (MessageBody.AdditionalDocument additional : body.additionalDocuments()) {
        for (MemoFile file : additional.files()) {
          documents.add(document(additional.label(), file));
        }
      }
    }
    return new OpenedMessage(header.messageUUID(), header.label(),
        header.sender() == null ? "" : header.sender().label(), body == null ? null : body.createdDateTime(),
        header.replyByDateTime() == null ? null : header.replyByDateTime().toLocalDate(), header.notification(),
        Boolean.TRUE.equals(header.legalNotification()), documents, memo);
  }

  private static OpenedMessage.Document document(String label, MemoFile file) {
    return new OpenedMessage.Document(label == null ? file.filename() : label, file.filename(), file.encodingFormat(),
        file.content());
  }

  private void gate(ActingForSession session) throws SessionBlockedException {
    PostAccess access = access(session);
    if (!access.allowed()) {
      throw new SessionBlockedException(access.refusal() == PostAccess.Refusal.BASIS_ENDED
          ? SessionBlockedException.Reason.BASIS_ENDED : SessionBlockedException.Reason.NOT_COVERED,
          "Digital Post is closed: " + access.refusal());
    }
  }
}
