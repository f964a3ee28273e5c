package dk.workbench.sandbox.digitalpost;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.digitalpost.Mailbox.MailboxStatus;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.contracts.digitalpost.ReadState;
import dk.workbench.contracts.digitalpost.SendReceipt;
import dk.workbench.contracts.digitalpost.memo.MemoFile;
import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import dk.workbench.contracts.digitalpost.memo.MemoParseException;
import dk.workbench.contracts.digitalpost.memo.MemoXml;
import dk.workbench.contracts.digitalpost.memo.MessageHeader;
import dk.workbench.contracts.digitalpost.memo.Recipient;
import dk.workbench.sandbox.IdempotencyStore;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Digital Post API: a citizen's mailbox listing (JSON), each message as MeMo 1.2 XML, its
 * attachments as PDF, mark as read, the mailbox's registration and read-access grants, and
 * sending a MeMo message to a citizen. See {@code openapi/digitalpost.openapi.yaml} and
 * {@link Mailboxes} for the data.
 */
public final class DigitalPostApi implements SandboxModule {
  public static final String API = "digitalpost";

  private static final String XML = MemoXml.MEDIA_TYPE;
  private static final String OCTET_STREAM = "application/octet-stream";
  /** Idempotency keys of sends kept (a retry after more sends than this delivers again). */
  private static final int SEND_KEYS = 10_000;

  private final SandboxContext context;
  private final Mailboxes mailboxes;
  private final IdempotencyStore<String, SendReceipt> sends = new IdempotencyStore<>(SEND_KEYS);

  public DigitalPostApi(SandboxContext context) {
    this.context = context;
    this.mailboxes = new Mailboxes(context.population(), context.clock());
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/digitalpost/v1/mailboxes/([^/]*)", this::mailbox),
        Route.get(API, "/digitalpost/v1/mailboxes/([^/]*)/messages", this::list),
        Route.post(API, "/digitalpost/v1/messages", this::send),
        Route.get(API, "/digitalpost/v1/messages/([^/]*)", this::message),
        Route.get(API, "/digitalpost/v1/messages/([^/]*)/attachments/([^/]*)", this::attachment),
        Route.put(API, "/digitalpost/v1/messages/([^/]*)/read", this::markRead));
  }

  Response mailbox(Request request) {
    request.require(StaffPrivilege.DIGITAL_POST_READ);
    return Response.json(context.mapper(), 200, mailboxes.mailbox(person(request, request.pathParam(1))));
  }

  Response list(Request request) {
    request.require(StaffPrivilege.DIGITAL_POST_READ);
    Person person = person(request, request.pathParam(1));
    int page = request.queryInt("page", 0, 0, 100_000);
    int size = request.queryInt("size", 20, 1, 100);
    Boolean unread = queryBoolean(request, "unread");
    Optional<LocalDate> from = request.queryDate("from");
    Optional<LocalDate> to = request.queryDate("to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw request.badParameter("from", "must not be after 'to'");
    }
    return Response.json(context.mapper(), 200,
        mailboxes.list(person, page, size, unread, from.orElse(null), to.orElse(null)));
  }

  Response message(Request request) {
    request.require(StaffPrivilege.DIGITAL_POST_READ);
    Mailboxes.Found found = found(request);
    byte[] xml = found instanceof Mailboxes.FoundSent s ? s.sent().xml()
        : MemoXml.write(generated((Mailboxes.FoundGenerated) found));
    return new Response(200, XML, xml, Map.of());
  }

  Response attachment(Request request) throws MemoParseException {
    request.require(StaffPrivilege.DIGITAL_POST_READ);
    Mailboxes.Found found = found(request);
    List<MemoFile> files = found instanceof Mailboxes.FoundSent s
        ? MemoXml.read(s.sent().xml()).messageBody().citizenFiles()
        : mailboxes.draw(((Mailboxes.FoundGenerated) found).plan(), ((Mailboxes.FoundGenerated) found).index()).files();
    String id = request.pathParam(2);
    int n = id.matches("[0-9]{1,4}") ? Integer.parseInt(id) : 0;
    if (n < 1 || n > files.size()) {
      throw new ProblemException(Problems.notFound("The message has no attachment with this id.", request.instance()));
    }
    MemoFile file = files.get(n - 1);
    String type = MemoFile.PDF.equals(file.encodingFormat()) ? MemoFile.PDF : OCTET_STREAM;
    return new Response(200, type, file.content(), Map.of("Content-Disposition",
        "attachment; filename=\"" + Mailboxes.asciiFileName(file.filename()) + "\""));
  }

  Response markRead(Request request) {
    request.require(StaffPrivilege.DIGITAL_POST_READ);
    Mailboxes.Found found = found(request);
    UUID uuid = found instanceof Mailboxes.FoundSent s ? s.sent().uuid() : uuid(request);
    OffsetDateTime readAt = mailboxes.markRead(found);
    return Response.json(context.mapper(), 200, new ReadState(uuid, true, readAt));
  }

  /** 202 with a receipt; a repeated key with the same body answers the first receipt again. */
  Response send(Request request) {
    request.require(StaffPrivilege.DIGITAL_POST_SEND);
    String key = IdempotencyStore.key(request);
    String digest = HexFormat.of().formatHex(sha256(request.body()));
    SendReceipt receipt = sends.apply(key, digest, () -> deliver(request), request.instance()).result();
    return Response.json(context.mapper(), 202, receipt);
  }

  /** Puts the message in the recipient's mailbox; a problem when it is no MeMo message or cannot be delivered. */
  private SendReceipt deliver(Request request) {
    MemoMessage message;
    try {
      message = MemoXml.read(request.body());
    } catch (MemoParseException e) {
      throw new ProblemException(Problems.badRequest("The body is not a MeMo 1.2 message: " + e.getMessage(),
          request.instance()));
    }
    MessageHeader header = message.messageHeader();
    if (!Recipient.CPR.equals(header.recipient().idType())) {
      throw new ProblemException(Problems.badRequest(
          "The sandbox delivers to citizens only: Recipient/idType must be CPR.", request.instance()));
    }
    Person person = person(request, header.recipient().recipientID());
    MailboxStatus status = mailboxes.status(person);
    if (status != MailboxStatus.ACTIVE) {
      throw new ProblemException(Problems.conflict(paperReason(status), request.instance()));
    }
    UUID uuid = header.messageUUID();
    OffsetDateTime now = OffsetDateTime.now(context.clock()).truncatedTo(ChronoUnit.SECONDS);
    List<MemoFile> files = message.messageBody() == null ? List.of() : message.messageBody().citizenFiles();
    MailboxMessage listing = new MailboxMessage(uuid, new MailboxMessage.MessageSender(header.sender().label(),
        header.sender().senderID(), header.sender().idType()), header.label(), now,
        header.postType() == null ? MessageHeader.MYNDIGHEDSPOST : header.postType(),
        header.replyByDateTime() == null ? null : header.replyByDateTime().toLocalDate(),
        Boolean.TRUE.equals(header.legalNotification()), false, Mailboxes.attachments(files));
    if (mailboxes.find(uuid).isPresent()
        || !mailboxes.sent().store(new SentPost.Sent(uuid, person.personnummer(), now, request.body(), listing))) {
      throw new ProblemException(Problems.conflict(
          "A message with this messageUUID is already delivered; give a new message a new UUID.", request.instance()));
    }
    return new SendReceipt(uuid, now);
  }

  private static String paperReason(MailboxStatus status) {
    return switch (status) {
      case EXEMPT -> "The recipient is exempt from Digital Post (fritaget); the letter must be sent by paper.";
      case NOT_REGISTERED -> "The recipient is under 15 and has no Digital Post; the letter must be sent by paper "
          + "(or to the custody holders).";
      case CLOSED -> "The recipient is deceased and the mailbox takes no new post; the letter must be sent by paper "
          + "(to the estate).";
      case ACTIVE -> throw new IllegalArgumentException("an active mailbox takes post");
    };
  }

  private MemoMessage generated(Mailboxes.FoundGenerated found) {
    return Mailboxes.memo(mailboxes.draw(found.plan(), found.index()));
  }

  private Mailboxes.Found found(Request request) {
    return mailboxes.find(uuid(request)).orElseThrow(() -> new ProblemException(
        Problems.notFound("No message with this messageUUID.", request.instance())));
  }

  private static UUID uuid(Request request) {
    String text = request.pathParam(1);
    try {
      if (text.length() == 36) {
        return UUID.fromString(text);
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new ProblemException(Problems.badRequest("The messageUUID is not a UUID.", request.instance()));
  }

  private Person person(Request request, String text) {
    CprNumber cpr;
    try {
      cpr = CprNumber.parse(text, context.today());
    } catch (InvalidCprNumberException e) {
      throw new ProblemException(Problems.invalidCpr(
          "Not a CPR number (" + e.problem().name().toLowerCase().replace('_', ' ') + ").", request.instance()));
    }
    return context.population().find(cpr).orElseThrow(() -> new ProblemException(
        Problems.notFound("No person with this CPR number in the sandbox population.", request.instance())));
  }

  private static Boolean queryBoolean(Request request, String name) {
    Optional<String> text = request.query(name);
    if (text.isEmpty()) {
      return null;
    }
    return switch (text.get().strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw request.badParameter(name, "must be true or false");
    };
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
