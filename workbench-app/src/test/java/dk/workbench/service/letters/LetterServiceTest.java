package dk.workbench.service.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.cache.AuditLog;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.LetterStore;
import dk.workbench.cache.LetterStore.State;
import dk.workbench.cache.Outbox;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.clients.digitalpost.DigitalPostClient;
import dk.workbench.clients.digitalpost.MailboxQuery;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.letters.FileLetterPrinter;
import dk.workbench.letters.Letter;
import dk.workbench.letters.LetterComposer;
import dk.workbench.letters.LetterRequest;
import dk.workbench.letters.Recipient;
import dk.workbench.letters.Sender;
import dk.workbench.rules.Language;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.service.letters.LetterService.Actor;
import dk.workbench.service.outbox.OutboxDeliveries;
import dk.workbench.service.outbox.OutboxSender;
import dk.workbench.service.outbox.OutboxWrites;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The letter workflow on a real encrypted cache, routed against the real sandbox. */
class LetterServiceTest {
  private static final Actor WRITER = new Actor("anna", StaffRole.SUPERVISOR);
  private static final Actor CHECKER = new Actor("bo", StaffRole.SUPERVISOR);
  private static final Actor CASEWORKER = new Actor("carl", StaffRole.CASEWORKER);

  private static SandboxServer sandbox;
  private static ApiEndpoint endpoint;
  private static CprNumber paperCitizen;
  private static CprNumber digitalCitizen;
  private static Recipient paperRecipient;
  private static Recipient digitalRecipient;

  @TempDir Path dir;
  private CacheDatabase db;
  private LetterStore store;
  private Outbox outbox;
  private LetterService service;

  @BeforeAll
  static void startSandbox() throws Exception {
    sandbox = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    var plain = HttpClients.newClient(HttpSettings.defaults());
    var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.SUPERVISOR, null);
    endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
    CprClient cpr = new CprClient(endpoint);
    paperCitizen = CprNumber.parse(archetype("exempt-digital-post"));
    paperRecipient = Recipient.of(cpr.lookupPerson(paperCitizen));
    for (var entry : sandbox.population().archetypes()) { // the first living adult on Digital Post
      if (!List.of("family-with-children", "pensioner-couple", "single-pensioner").contains(entry.archetype())) {
        continue;
      }
      Recipient candidate = Recipient.of(cpr.lookupPerson(CprNumber.parse(entry.cpr())));
      if (candidate.digitalPost() && !candidate.addressProtected()) {
        digitalCitizen = CprNumber.parse(entry.cpr());
        digitalRecipient = candidate;
        break;
      }
    }
  }

  private static String archetype(String name) {
    return sandbox.population().archetypes().stream().filter(e -> e.archetype().equals(name)).findFirst().orElseThrow().cpr();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void openCache() {
    CacheLocation location = CacheLocation.inDirectory(dir.resolve("cache"));
    db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC());
    store = new LetterStore(db);
    outbox = new Outbox(db);
    service = new LetterService(db, store, new AuditLog(db), new OutboxWrites(db, outbox), Clock.systemUTC());
  }

  @org.junit.jupiter.api.AfterEach
  void closeCache() {
    db.close();
  }

  private long draft(CprNumber citizen, Recipient recipient, Actor author) throws Exception {
    LetterComposer composer = new LetterComposer();
    String facts = Files.readString(Path.of("..", "docs", "examples", "facts", "boligstoette.json"), StandardCharsets.UTF_8);
    Letter letter = composer.compose(new LetterRequest(composer.explain(facts), Sender.testProfile(), recipient,
        LocalDate.of(2026, 11, 30), "2026-1", Language.DA, false, false));
    return service.draft(citizen, recipient, Sender.testProfile(), letter, author);
  }

  private static String text(Path pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void onlyAnotherSupervisorApprovesAndAnUnapprovedLetterIsNeverPrintedOrSent() throws Exception {
    assertThat(paperRecipient.digitalPost()).isFalse();
    long id = draft(paperCitizen, paperRecipient, WRITER);
    FileLetterPrinter printer = new FileLetterPrinter(dir.resolve("printed"));

    assertThatThrownBy(() -> service.print(id, CHECKER, printer)).isInstanceOf(LetterRefusedException.class)
        .hasMessage("Letter " + id + " is not approved and cannot be printed");
    assertThatThrownBy(() -> service.route(id, CHECKER)).isInstanceOf(LetterRefusedException.class)
        .hasMessageContaining("only an approved letter can be dispatched");
    assertThatThrownBy(() -> service.approve(id, CASEWORKER)).isInstanceOf(LetterRefusedException.class)
        .hasMessageContaining("Only a supervisor may approve");
    assertThatThrownBy(() -> service.approve(id, WRITER)).isInstanceOf(LetterRefusedException.class)
        .hasMessageContaining("another supervisor must approve it");
    assertThat(Files.exists(printer.folder())).isFalse();

    service.approve(id, CHECKER);
    assertThatThrownBy(() -> service.approve(id, new Actor("dora", StaffRole.SUPERVISOR)))
        .isInstanceOf(LetterRefusedException.class).hasMessageContaining("is not a draft (it is APPROVED)");
    assertThat(service.state(id)).isEqualTo(State.APPROVED);
    assertThatThrownBy(() -> service.approve(999, CHECKER)).hasMessage("There is no letter 999");

    assertThat(service.history(id)).extracting(e -> e.action() + " by " + e.actor())
        .containsExactly("DRAFTED by anna", "APPROVED by bo");
    assertThat(new AuditLog(db).verify().intactEntries()).isEqualTo(2);
  }

  @Test
  void anExemptCitizensLetterGoesToThePrintQueueAndPrintsToFileAsTheIdenticalLetter() throws Exception {
    long id = draft(paperCitizen, paperRecipient, WRITER);
    service.approve(id, CHECKER);

    assertThat(service.route(id, CHECKER)).isEqualTo(LetterService.Routing.PRINT_QUEUE);
    assertThat(outbox.pendingCount()).isZero();
    assertThat(store.find(new LetterStore.Filter(State.APPROVED, false, null, 10))).containsExactly(id);

    FileLetterPrinter printer = new FileLetterPrinter(dir.resolve("printed"));
    assertThat(service.print(id, CHECKER, printer)).isTrue();
    assertThat(service.state(id)).isEqualTo(State.PRINTED);
    Path printed = printer.folder().resolve("letter-" + id + ".pdf");
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    service.render(id, again);
    Path reprint = Files.write(dir.resolve("again.pdf"), again.toByteArray());
    assertThat(text(reprint)).isEqualTo(text(printed)).contains("Klagevejledning");

    assertThat(service.print(id, CHECKER, printer)).isTrue();
    assertThat(service.history(id)).extracting(LetterStore.Event::action)
        .containsExactly("DRAFTED", "APPROVED", "QUEUED_FOR_PRINT", "PRINTED", "REPRINTED");
  }

  @Test
  void aDigitalPostCitizensLetterIsSentAsMemoThroughTheOutboxToTheSandbox() throws Exception {
    assertThat(digitalRecipient.digitalPost()).isTrue();
    long id = draft(digitalCitizen, digitalRecipient, WRITER);
    service.approve(id, CHECKER);

    assertThat(service.route(id, CHECKER)).isEqualTo(LetterService.Routing.DIGITAL_POST);
    assertThat(service.state(id)).isEqualTo(State.DISPATCHED);
    assertThat(outbox.pendingCount()).isEqualTo(1);
    assertThatThrownBy(() -> service.route(id, CHECKER)).isInstanceOf(LetterRefusedException.class);

    DigitalPostClient digitalPost = new DigitalPostClient(endpoint);
    OutboxSender sender = new OutboxSender(outbox, Map.of(OutboxWrites.LETTER, OutboxDeliveries.digitalPost(digitalPost)),
        Clock.systemUTC());
    assertThat(sender.deliverOnce().delivered()).isEqualTo(1);
    assertThat(outbox.pendingCount()).isZero();

    List<MailboxMessage> mailbox = digitalPost.listMailbox(digitalCitizen, 0, MailboxQuery.defaults()).items();
    assertThat(mailbox).anySatisfy(m -> assertThat(m.label()).isEqualTo("Afgørelse om boligstøtte for januar 2026"));
  }

  @Test
  void aBatchPrintsTheApprovedExemptLettersAsOneMergedJobWithProgress() throws Exception {
    List<Long> approved = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = draft(paperCitizen, paperRecipient, WRITER);
      service.approve(id, CHECKER);
      approved.add(id);
    }
    long draftOnly = draft(paperCitizen, paperRecipient, WRITER);
    long digital = draft(digitalCitizen, digitalRecipient, WRITER);
    service.approve(digital, CHECKER);

    FileLetterPrinter printer = new FileLetterPrinter(dir.resolve("batch"));
    AtomicInteger progress = new AtomicInteger();
    LetterService.BatchResult result = service.printBatch(
        new LetterStore.Filter(null, false, "Udbetaling Danmark", 100), CHECKER, printer,
        (done, total) -> progress.set(done * 100 + total), () -> false);

    assertThat(result.cancelled()).isFalse();
    assertThat(result.printed()).containsExactlyElementsOf(approved);
    assertThat(result.skipped()).containsExactly(draftOnly);
    assertThat(progress.get()).isEqualTo(4 * 100 + 4);
    try (var files = Files.list(printer.folder())) {
      Path merged = files.findFirst().orElseThrow();
      try (var doc = Loader.loadPDF(merged.toFile())) {
        assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      }
      assertThat(text(merged).split("Klagevejledning", -1)).hasSize(4);
    }
    for (long id : approved) {
      assertThat(service.state(id)).isEqualTo(State.PRINTED);
    }
    assertThat(service.state(digital)).isEqualTo(State.APPROVED);
  }

  @Test
  void aCancelledBatchPrintsNothingAndChangesNothing() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = draft(paperCitizen, paperRecipient, WRITER);
      service.approve(id, CHECKER);
      ids.add(id);
    }
    FileLetterPrinter printer = new FileLetterPrinter(dir.resolve("cancelled"));
    AtomicInteger rendered = new AtomicInteger();
    LetterService.BatchResult result = service.printBatch(new LetterStore.Filter(State.APPROVED, false, null, 100), CHECKER,
        printer, (done, total) -> rendered.set(done), () -> rendered.get() >= 1);

    assertThat(result.cancelled()).isTrue();
    assertThat(result.printed()).isEmpty();
    assertThat(Files.exists(printer.folder())).isFalse();
    for (long id : ids) {
      assertThat(service.state(id)).isEqualTo(State.APPROVED);
    }
  }
}
