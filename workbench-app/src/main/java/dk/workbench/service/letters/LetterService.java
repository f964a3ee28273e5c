package dk.workbench.service.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.cache.AuditLog;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.LetterStore;
import dk.workbench.cache.LetterStore.State;
import dk.workbench.cache.LetterStore.StoredLetter;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.digitalpost.memo.MemoFile;
import dk.workbench.contracts.digitalpost.memo.MemoMessage;
import dk.workbench.contracts.digitalpost.memo.MemoXml;
import dk.workbench.contracts.digitalpost.memo.MessageBody;
import dk.workbench.contracts.digitalpost.memo.MessageHeader;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * The letter workflow (issue 9): a letter is drafted, approved by a supervisor who is not its
 * author, and then printed (paper) or dispatched to Digital Post through the outbox. Every step is
 * stored with who and when ({@link LetterStore#events}) and appended to the local audit log
 * (letter number, action, user, role: no CPR number or name). A letter that is not approved is
 * never printed or dispatched; an approved letter is rendered again from its stored record, so a
 * reprint is the identical letter.
 *
 * <p>Synchronous and thread-agnostic: call it off the FX thread (rendering and printing block).
 */
public final class LetterService {
  /** Where an approved letter went. */
  public enum Routing {
    /** Queued in the outbox as a MeMo message for the citizen's Digital Post. */
    DIGITAL_POST,
    /** The citizen is exempt from Digital Post: the letter waits in the print queue. */
    PRINT_QUEUE
  }

  /**
   * Who acts.
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

  /** What is stored (encrypted) with a letter: whom it is for, the sender's CVR, and the record to render. */
  record Payload(String cpr, String senderCvr, LetterRecord record) {
    @Override
    public String toString() {
      return "Payload[" + record + "]";
    }
  }

  private final CacheDatabase db;
  private final LetterStore store;
  private final AuditLog audit;
  private final OutboxWrites outbox;
  private final Clock clock;
  private final ObjectMapper json = ContractsJson.newMapper();

  public LetterService(CacheDatabase db, LetterStore store, AuditLog audit, OutboxWrites outbox, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.store = Objects.requireNonNull(store, "store");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Stores a composed letter as a draft by {@code author}; returns its number. */
  public long draft(CprNumber citizen, Recipient recipient, Sender sender, Letter letter, Actor author) {
    LetterRecord record = LetterRecord.of(letter);
    byte[] payload = write(new Payload(citizen.value(), sender.cvr(), record));
    long id = store.insert(citizen, sender.authority(), recipient.digitalPost(), record.templateVersion(), record.language(),
        record.largePrint(), payload, author.user(), author.role().name());
    audit(id, "DRAFTED", author);
    return id;
  }

  /**
   * Approves a draft.
   *
   * @throws LetterRefusedException when the actor is not a supervisor, is the letter's author, or
   *     the letter is not a draft
   */
  public void approve(long id, Actor approver) throws LetterRefusedException {
    StoredLetter letter = letter(id);
    if (approver.role() != StaffRole.SUPERVISOR) {
      throw new LetterRefusedException("Only a supervisor may approve a letter (you are " + approver.role() + ")");
    }
    if (approver.user().equals(letter.createdBy())) {
      throw new LetterRefusedException("Letter " + id + " was written by you; another supervisor must approve it");
    }
    if (!store.transition(id, State.DRAFT, State.APPROVED, approver.user(), approver.role().name(), "APPROVED")) {
      throw new LetterRefusedException("Letter " + id + " is not a draft (it is " + letter(id).state() + ")");
    }
    audit(id, "APPROVED", approver);
  }

  /**
   * Routes an approved letter: registered for Digital Post → a MeMo message with the PDF as main
   * document is queued in the outbox and the letter is dispatched (one transaction); exempt →
   * it stays approved in the print queue.
   */
  public Routing route(long id, Actor actor) throws LetterRefusedException {
    StoredLetter stored = letter(id);
    requireApproved(stored, "dispatched");
    if (!stored.digitalPost()) {
      store.record(id, actor.user(), actor.role().name(), "QUEUED_FOR_PRINT");
      audit(id, "QUEUED_FOR_PRINT", actor);
      return Routing.PRINT_QUEUE;
    }
    Payload payload = read(stored);
    byte[] memo = MemoXml.write(memo(id, payload, pdf(payload.record())));
    CprNumber citizen = cpr(payload);
    boolean moved = db.write(tx -> {
      if (!store.transition(tx, id, State.APPROVED, State.DISPATCHED, actor.user(), actor.role().name(), "DISPATCHED")) {
        return false;
      }
      outbox.letter(tx, citizen, memo);
      return true;
    });
    if (!moved) {
      throw new LetterRefusedException("Letter " + id + " is no longer approved (it is " + letter(id).state() + ")");
    }
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
  public boolean print(long id, Actor actor, LetterPrinter printer) throws LetterRefusedException, IOException {
    StoredLetter stored = letter(id);
    if (stored.state() == State.DRAFT) {
      throw new LetterRefusedException("Letter " + id + " is not approved and cannot be printed");
    }
    Path dir = Files.createTempDirectory("workbench-letter");
    try {
      Path pdf = dir.resolve("letter.pdf");
      Files.write(pdf, pdf(read(stored).record()));
      if (!printer.print(pdf, "letter-" + id)) {
        return false;
      }
    } finally {
      deleteTree(dir);
    }
    if (stored.state() == State.APPROVED
        && store.transition(id, State.APPROVED, State.PRINTED, actor.user(), actor.role().name(), "PRINTED")) {
      audit(id, "PRINTED", actor);
    } else {
      store.record(id, actor.user(), actor.role().name(), "REPRINTED");
      audit(id, "REPRINTED", actor);
    }
    return true;
  }

  /**
   * Prints the letters a filter picks as one merged PDF in one print job. Only approved letters
   * are printed (others are listed as skipped). Each letter is rendered to a temporary file and
   * the merge works through temporary files, so memory stays flat however many letters there
   * are. {@code cancel} is checked before each letter and before printing: a cancelled batch
   * prints nothing and changes nothing.
   */
  public BatchResult printBatch(LetterStore.Filter filter, Actor actor, LetterPrinter printer, BatchProgress progress,
      BooleanSupplier cancel) throws IOException {
    return printBatch(store.find(filter), actor, printer, progress, cancel);
  }

  /**
   * As {@link #printBatch(LetterStore.Filter, Actor, LetterPrinter, BatchProgress, BooleanSupplier)}
   * for the letters picked by number (the print queue's selection), in the order given.
   */
  public BatchResult printBatch(List<Long> picked, Actor actor, LetterPrinter printer, BatchProgress progress,
      BooleanSupplier cancel) throws IOException {
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
        StoredLetter stored = store.get(id).orElse(null);
        if (stored == null || stored.state() != State.APPROVED) {
          skipped.add(id);
          progress.rendered(approved.size() + skipped.size(), picked.size());
          continue;
        }
        Path file = dir.resolve("letter-" + id + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
          renderer.render(read(stored).record().letter(), out);
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
        if (store.transition(id, State.APPROVED, State.PRINTED, actor.user(), actor.role().name(), "PRINTED")) {
          audit(id, "PRINTED", actor);
          printed.add(id);
        }
      }
      return new BatchResult(printed, skipped, false);
    } finally {
      deleteTree(dir);
    }
  }

  /** Renders a stored letter again (preview, reprint to file): the identical letter. */
  public int render(long id, OutputStream out) throws IOException, LetterRefusedException {
    try {
      return new LetterRenderer().render(read(letter(id)).record().letter(), out);
    } catch (LetterException e) {
      throw new IllegalStateException("letter " + id + " cannot be rendered: " + e.getMessage(), e);
    }
  }

  /** The preview of a stored letter (the identical letter as it prints). */
  public LetterPreview preview(long id) throws IOException, LetterRefusedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    render(id, out);
    return LetterPreview.of(out.toByteArray());
  }

  /**
   * The letters a filter picks, oldest first, as the letter screens list them: state, authority,
   * author, and whom each is for (name and masked CPR number, read from the encrypted payload).
   */
  public List<LetterSummary> list(LetterStore.Filter filter) {
    List<LetterSummary> out = new ArrayList<>();
    for (long id : store.find(filter)) {
      store.get(id).ifPresent(stored -> out.add(summary(stored)));
    }
    return out;
  }

  /** One letter as the screens list it. */
  public LetterSummary summary(long id) throws LetterRefusedException {
    return summary(letter(id));
  }

  private LetterSummary summary(StoredLetter stored) {
    Payload payload = read(stored);
    String name = "";
    String subject = "";
    try {
      Letter letter = payload.record().letter();
      name = letter.recipient().isEmpty() ? "" : letter.recipient().get(0);
      subject = letter.subject();
    } catch (LetterException e) {
      // a record of another template version: listed without name and subject
    }
    return new LetterSummary(stored.id(), LetterState.of(stored.state()), stored.authority(), stored.digitalPost(), stored.createdAt(),
        stored.createdBy(), name, maskedCpr(payload.cpr()), subject, stored.language(), stored.largePrint());
  }

  private static String maskedCpr(String cpr) {
    String digits = cpr == null ? "" : cpr.replaceAll("\\D", "");
    return digits.length() == 10 ? digits.substring(0, 6) + "-xxxx" : "";
  }

  /** The sending authorities of the stored letters, sorted (for the screens' filter). */
  public List<String> authorities() {
    return store.authorities();
  }

  /** A letter's state. */
  public State state(long id) throws LetterRefusedException {
    return letter(id).state();
  }

  /** Every step of a letter, with who and when. */
  public List<LetterStore.Event> history(long id) {
    return store.events(id);
  }

  private StoredLetter letter(long id) throws LetterRefusedException {
    return store.get(id).orElseThrow(() -> new LetterRefusedException("There is no letter " + id));
  }

  private static void requireApproved(StoredLetter letter, String what) throws LetterRefusedException {
    if (letter.state() != State.APPROVED) {
      throw new LetterRefusedException("Letter " + letter.id() + " is " + letter.state() + "; only an approved letter can be "
          + what);
    }
  }

  private MemoMessage memo(long id, Payload payload, byte[] pdf) {
    Letter letter = letter(payload.record());
    String language = letter.language().substring(0, 2);
    MessageHeader header = new MessageHeader(MessageHeader.DIGITALPOST, UUID.randomUUID(), "letter-" + id, null,
        letter.subject(), null, null, false, null, null, false, true, MessageHeader.MYNDIGHEDSPOST,
        dk.workbench.contracts.digitalpost.memo.Sender.of(payload.senderCvr(), "CVR", letter.sender().get(0)),
        dk.workbench.contracts.digitalpost.memo.Recipient.of(payload.cpr(),
            dk.workbench.contracts.digitalpost.memo.Recipient.CPR, null),
        null, null, List.of());
    MessageBody body = new MessageBody(OffsetDateTime.now(clock),
        new MessageBody.MainDocument("letter-" + id, letter.subject(),
            List.of(new MemoFile(MemoFile.PDF, "afgoerelse-" + id + ".pdf", language, pdf)), List.of()),
        List.of(), List.of());
    return MemoMessage.of(header, body);
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

  private static CprNumber cpr(Payload payload) {
    try {
      return CprNumber.parse(payload.cpr());
    } catch (InvalidCprNumberException e) {
      throw new IllegalStateException("a stored letter names no valid citizen");
    }
  }

  private byte[] write(Payload payload) {
    try {
      return json.writeValueAsBytes(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a letter could not be stored as JSON", e);
    }
  }

  private Payload read(StoredLetter stored) {
    try {
      return json.readValue(stored.payload(), Payload.class);
    } catch (IOException e) {
      throw new IllegalStateException("letter " + stored.id() + " is stored unreadably", e);
    }
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
