package dk.workbench.service.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.cache.AuditLog;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.clients.letters.LettersClient;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.digitalpost.memo.MemoFile;
import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import dk.workbench.contracts.digitalpost.memo.MemoXml;
import dk.workbench.contracts.digitalpost.memo.MessageBody;
import dk.workbench.contracts.digitalpost.memo.MessageHeader;
import dk.workbench.contracts.letters.LetterAction;
import dk.workbench.contracts.letters.LetterList;
import dk.workbench.contracts.letters.LetterListItem;
import dk.workbench.contracts.letters.LetterStatus;
import dk.workbench.contracts.letters.NewLetter;
import dk.workbench.contracts.letters.StoredLetter;
import dk.workbench.http.ApiException;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.NotFoundException;
import dk.workbench.letters.Letter;
import dk.workbench.letters.LetterException;
import dk.workbench.letters.LetterPrinter;
import dk.workbench.letters.LetterRecord;
import dk.workbench.letters.LetterRenderer;
import dk.workbench.letters.Recipient;
import dk.workbench.letters.Sender;
import dk.workbench.service.outbox.OutboxWrites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * The letter workflow (issue 9): a letter is drafted, approved by a supervisor who is not its
 * author, and then printed (paper) or dispatched to Digital Post through the outbox. The letters
 * live in the shared letters API ({@link LettersClient}), so a supervisor on another machine sees
 * a caseworker's drafts; every step is recorded there with who and when, and appended to the
 * local audit log (letter number, action, user, role: no CPR number or name). The rules are
 * checked here first, so the screens can say why before asking, and enforced again by the
 * back-end. A letter that is not approved is never printed or dispatched; a letter is rendered
 * again from its stored record, so a reprint is the identical letter.
 *
 * <p>There is no local copy: when the letters back-end cannot be reached, making or changing a
 * letter fails with an {@link ApiException} and nothing is stored.
 *
 * <p>Synchronous and thread-agnostic: call it off the FX thread (HTTP, rendering and printing block).
 */
public final class LetterService {
  /** How many letters one list call fetches. */
  private static final int PAGE = 10_000;

  /** Where an approved letter went. */
  public enum Routing {
    /** Queued in the outbox as a MeMo message for the citizen's Digital Post. */
    DIGITAL_POST,
    /** The citizen is exempt from Digital Post: the letter waits in the print queue. */
    PRINT_QUEUE
  }

  /**
   * Who acts. The back-end takes the user from the token; this is for the checks made here and
   * the local audit log.
   *
   * @param user the staff user name
   * @param role the staff role
   */
  public record Actor(String user, StaffRole role) {
    public Actor {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * Which letters to list: by state, by Digital Post registration (false = exempt, paper), by
   * authority; {@code null} means any.
   *
   * @param limit 1 to 100,000
   */
  public record Filter(LetterState state, Boolean digitalPost, String authority, int limit) {
    public Filter {
      if (limit < 1 || limit > 100_000) {
        throw new IllegalArgumentException("limit must be 1 to 100000");
      }
    }
  }

  /** Progress of a batch: called after each letter is rendered, and once the batch is printed. */
  public interface BatchProgress {
    void rendered(int done, int total);

    /** No-op progress. */
    BatchProgress NONE = (done, total) -> {};
  }

  /**
   * What a batch did.
   *
   * @param printed numbers of the letters printed (all in one job)
   * @param skipped numbers of the letters picked but not approved (not printed)
   * @param cancelled true when the batch was cancelled before printing (nothing printed)
   */
  public record BatchResult(List<Long> printed, List<Long> skipped, boolean cancelled) {}

  private final CacheDatabase db;
  private final LettersClient store;
  private final AuditLog audit;
  private final OutboxWrites outbox;
  private final Clock clock;
  private final ObjectMapper json = ContractsJson.newMapper();

  /**
   * @param db the local cache (audit log and outbox)
   * @param store the shared letters API
   */
  public LetterService(CacheDatabase db, LettersClient store, AuditLog audit, OutboxWrites outbox, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.store = Objects.requireNonNull(store, "store");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Stores a composed letter as a draft by {@code author} in the shared letters API; returns its number.
   *
   * @throws ApiException when the letters back-end cannot be reached or refuses (nothing is stored)
   */
  public long draft(CprNumber citizen, Recipient recipient, Sender sender, Letter letter, Actor author) throws ApiException {
    LetterRecord record = LetterRecord.of(letter);
    NewLetter draft = new NewLetter(citizen.value(), sender.authority(), sender.cvr(), recipient.digitalPost(),
        letter.recipient().isEmpty() ? null : letter.recipient().get(0), letter.subject(), record.templateVersion(),
        record.language(), record.largePrint(), record.inputsJson());
    long id = store.draft(draft, UUID.randomUUID().toString()).id();
    audit(id, "DRAFTED", author);
    return id;
  }

  /**
   * Approves a draft.
   *
   * @throws LetterRefusedException when the actor is not a supervisor, is the letter's author, or
   *     the letter is not a draft (checked here, and by the back-end)
   * @throws ApiException when the letters back-end cannot be reached
   */
  public void approve(long id, Actor approver) throws LetterRefusedException, ApiException {
    StoredLetter letter = letter(id);
    if (approver.role() != StaffRole.SUPERVISOR) {
      throw new LetterRefusedException("Only a supervisor may approve a letter (you are " + approver.role() + ")");
    }
    if (approver.user().equals(letter.createdBy())) {
      throw new LetterRefusedException("Letter " + id + " was written by you; another supervisor must approve it");
    }
    if (letter.state() != LetterStatus.DRAFT) {
      throw new LetterRefusedException("Letter " + id + " is not a draft (it is " + letter.state() + ")");
    }
    step(id, LetterAction.APPROVE);
    audit(id, "APPROVED", approver);
  }

  /**
   * Routes an approved letter: registered for Digital Post → the letter is marked dispatched in
   * the letters API, then a MeMo message with the PDF as main document is queued in the outbox;
   * exempt → it stays approved in the print queue.
   */
  public Routing route(long id, Actor actor) throws LetterRefusedException, ApiException {
    StoredLetter stored = letter(id);
    requireApproved(stored, "dispatched");
    if (!stored.letter().digitalPost()) {
      step(id, LetterAction.SEND);
      audit(id, "QUEUED_FOR_PRINT", actor);
      return Routing.PRINT_QUEUE;
    }
    byte[] memo = MemoXml.write(memo(id, stored.letter(), pdf(record(stored))));
    CprNumber citizen = cpr(stored);
    step(id, LetterAction.SEND);
    db.write(tx -> outbox.letter(tx, citizen, memo));
    audit(id, "DISPATCHED", actor);
    return Routing.DIGITAL_POST;
  }

  /**
   * Prints one approved letter; a printed or dispatched letter is printed again (the identical
   * letter, recorded as REPRINTED).
   *
   * @return false when the user cancelled the print dialog
   * @throws LetterRefusedException when the letter is not approved
   */
  public boolean print(long id, Actor actor, LetterPrinter printer) throws LetterRefusedException, IOException, ApiException {
    StoredLetter stored = letter(id);
    if (stored.state() == LetterStatus.DRAFT) {
      throw new LetterRefusedException("Letter " + id + " is not approved and cannot be printed");
    }
    Path dir = Files.createTempDirectory("workbench-letter");
    try {
      Path pdf = dir.resolve("letter.pdf");
      Files.write(pdf, pdf(record(stored)));
      if (!printer.print(pdf, "letter-" + id)) {
        return false;
      }
    } finally {
      deleteTree(dir);
    }
    StoredLetter after = step(id, LetterAction.PRINT);
    audit(id, after.steps().get(after.steps().size() - 1).action(), actor);
    return true;
  }

  /**
   * Prints the letters picked by number (the print queue's selection) as one merged PDF in one
   * print job, in the order given. Only approved letters are printed (others are listed as
   * skipped). Each letter is rendered to a temporary file and the merge works through temporary
   * files, so memory stays flat however many letters there are. {@code cancel} is checked before
   * each letter and before printing: a cancelled batch prints nothing and changes nothing.
   */
  public BatchResult printBatch(List<Long> picked, Actor actor, LetterPrinter printer, BatchProgress progress,
      BooleanSupplier cancel) throws IOException, ApiException {
    picked = List.copyOf(picked);
    List<Long> approved = new ArrayList<>();
    List<Long> skipped = new ArrayList<>();
    Path dir = Files.createTempDirectory("workbench-letter-batch");
    try {
      PDFMergerUtility merger = new PDFMergerUtility();
      LetterRenderer renderer = new LetterRenderer();
      for (long id : picked) {
        if (cancel.getAsBoolean()) {
          return new BatchResult(List.of(), skipped, true);
        }
        StoredLetter stored = find(id);
        if (stored == null || stored.state() != LetterStatus.APPROVED) {
          skipped.add(id);
          progress.rendered(approved.size() + skipped.size(), picked.size());
          continue;
        }
        Path file = dir.resolve("letter-" + id + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
          renderer.render(record(stored).letter(), out);
        } catch (LetterException e) {
          throw new IllegalStateException("letter " + id + " cannot be rendered: " + e.getMessage(), e);
        }
        merger.addSource(file.toFile());
        approved.add(id);
        progress.rendered(approved.size() + skipped.size(), picked.size());
      }
      if (approved.isEmpty() || cancel.getAsBoolean()) {
        return new BatchResult(List.of(), skipped, !approved.isEmpty());
      }
      Path merged = dir.resolve("batch.pdf");
      merger.setDestinationFileName(merged.toString());
      merger.mergeDocuments(MemoryUsageSetting.setupTempFileOnly().streamCache);
      if (!printer.print(merged, "letters-batch-" + approved.get(0) + "-" + approved.size())) {
        return new BatchResult(List.of(), skipped, true);
      }
      List<Long> printed = new ArrayList<>();
      for (long id : approved) {
        StoredLetter after;
        try {
          after = step(id, LetterAction.PRINT);
        } catch (LetterRefusedException e) {
          continue;
        }
        String action = after.steps().get(after.steps().size() - 1).action();
        audit(id, action, actor);
        if ("PRINTED".equals(action)) {
          printed.add(id);
        }
      }
      return new BatchResult(printed, skipped, false);
    } finally {
      deleteTree(dir);
    }
  }

  /** Renders a stored letter again (preview, reprint to file): the identical letter. */
  public int render(long id, OutputStream out) throws IOException, LetterRefusedException, ApiException {
    try {
      return new LetterRenderer().render(record(letter(id)).letter(), out);
    } catch (LetterException e) {
      throw new IllegalStateException("letter " + id + " cannot be rendered: " + e.getMessage(), e);
    }
  }

  /** The preview of a stored letter (the identical letter as it prints). */
  public LetterPreview preview(long id) throws IOException, LetterRefusedException, ApiException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    render(id, out);
    return LetterPreview.of(out.toByteArray());
  }

  /**
   * The letters a filter picks, oldest first (of the newest {@code filter.limit()}), as the letter
   * screens list them: state, authority, author, and whom each is for (name and masked CPR number).
   */
  public List<LetterSummary> list(Filter filter) throws ApiException {
    List<LetterSummary> out = new ArrayList<>();
    LetterStatus state = filter.state() == null ? null : LetterStatus.valueOf(filter.state().name());
    while (out.size() < filter.limit()) {
      int limit = Math.min(PAGE, filter.limit() - out.size());
      LetterList page = store.list(new LettersClient.Query(state, filter.authority(), filter.digitalPost(), limit, out.size()));
      page.letters().forEach(item -> out.add(summary(item)));
      if (page.letters().size() < limit || out.size() >= page.total()) {
        break;
      }
    }
    Collections.reverse(out);
    return out;
  }

  /** One letter as the screens list it. */
  public LetterSummary summary(long id) throws LetterRefusedException, ApiException {
    StoredLetter l = letter(id);
    NewLetter n = l.letter();
    return summary(new LetterListItem(l.id(), l.state(), n.cpr(), n.authority(), n.digitalPost(), l.createdAt(),
        l.createdBy(), n.recipientName(), n.subject(), n.language(), n.largePrint()));
  }

  private static LetterSummary summary(LetterListItem item) {
    return new LetterSummary(item.id(), LetterState.valueOf(item.state().name()), item.authority(), item.digitalPost(),
        item.createdAt(), item.createdBy(), Objects.requireNonNullElse(item.recipientName(), ""), maskedCpr(item.cpr()),
        Objects.requireNonNullElse(item.subject(), ""), item.language(), item.largePrint());
  }

  private static String maskedCpr(String cpr) {
    String digits = cpr == null ? "" : cpr.replaceAll("\\D", "");
    return digits.length() == 10 ? digits.substring(0, 6) + "-xxxx" : "";
  }

  /** The sending authorities of the (newest {@value #PAGE}) stored letters, sorted (for the screens' filter). */
  public List<String> authorities() throws ApiException {
    TreeSet<String> names = new TreeSet<>();
    store.list(new LettersClient.Query(null, null, null, PAGE, 0)).letters().forEach(l -> names.add(l.authority()));
    return List.copyOf(names);
  }

  /** A letter's state. */
  public LetterState state(long id) throws LetterRefusedException, ApiException {
    return LetterState.valueOf(letter(id).state().name());
  }

  /** Every step of a letter, with who and when, in order. */
  public List<LetterStep> history(long id) throws LetterRefusedException, ApiException {
    return letter(id).steps().stream().map(e -> new LetterStep(e.at(), e.actor(), e.role().name(), e.action())).toList();
  }

  private StoredLetter letter(long id) throws LetterRefusedException, ApiException {
    StoredLetter letter = find(id);
    if (letter == null) {
      throw new LetterRefusedException("There is no letter " + id);
    }
    return letter;
  }

  private StoredLetter find(long id) throws ApiException {
    try {
      return store.get(id);
    } catch (NotFoundException e) {
      return null;
    }
  }

  /** A step in the letters API; its refusal (403 not allowed, 409 wrong state) as the reason it gives. */
  private StoredLetter step(long id, LetterAction action) throws LetterRefusedException, ApiException {
    try {
      return store.step(id, action);
    } catch (NotFoundException e) {
      throw new LetterRefusedException("There is no letter " + id);
    } catch (ClientErrorException e) {
      if (e.status() == 403 || e.status() == 409) {
        throw new LetterRefusedException(e.problem().map(p -> p.detail()).orElse("The back-end refused the step"));
      }
      throw e;
    }
  }

  private static void requireApproved(StoredLetter letter, String what) throws LetterRefusedException {
    if (letter.state() != LetterStatus.APPROVED) {
      throw new LetterRefusedException("Letter " + letter.id() + " is " + letter.state() + "; only an approved letter can be "
          + what);
    }
  }

  private static LetterRecord record(StoredLetter stored) {
    return record(stored.letter());
  }

  private static CprNumber cpr(StoredLetter stored) {
    try {
      return CprNumber.parse(stored.letter().cpr());
    } catch (InvalidCprNumberException e) {
      throw new IllegalStateException("a stored letter names no valid citizen");
    }
  }

  private MemoMessage memo(long id, NewLetter stored, byte[] pdf) {
    Letter letter = letter(record(stored));
    String language = letter.language().substring(0, 2);
    MessageHeader header = new MessageHeader(MessageHeader.DIGITALPOST, UUID.randomUUID(), "letter-" + id, null,
        letter.subject(), null, null, false, null, null, false, true, MessageHeader.MYNDIGHEDSPOST,
        dk.workbench.contracts.digitalpost.memo.Sender.of(stored.senderCvr(), "CVR", letter.sender().get(0)),
        dk.workbench.contracts.digitalpost.memo.Recipient.of(stored.cpr(),
            dk.workbench.contracts.digitalpost.memo.Recipient.CPR, null),
        null, null, List.of());
    MessageBody body = new MessageBody(OffsetDateTime.now(clock),
        new MessageBody.MainDocument("letter-" + id, letter.subject(),
            List.of(new MemoFile(MemoFile.PDF, "afgoerelse-" + id + ".pdf", language, pdf)), List.of()),
        List.of(), List.of());
    return MemoMessage.of(header, body);
  }

  private static LetterRecord record(NewLetter n) {
    return new LetterRecord(n.templateVersion(), n.language(), n.largePrint(), n.inputs());
  }

  private static Letter letter(LetterRecord record) {
    try {
      return record.letter();
    } catch (LetterException e) {
      throw new IllegalStateException("a stored letter cannot be rendered: " + e.getMessage(), e);
    }
  }

  private static byte[] pdf(LetterRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      new LetterRenderer().render(letter(record), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void audit(long id, String action, Actor actor) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("kind", "letter");
    entry.put("letter", id);
    entry.put("action", action);
    entry.put("user", actor.user());
    entry.put("role", actor.role().name());
    try {
      audit.append(clock.instant(), json.writeValueAsString(entry));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(dir);
  }
}
