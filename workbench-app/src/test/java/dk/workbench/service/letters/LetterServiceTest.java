package dk.workbench.service.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.cache.AuditLog;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.clients.letters.LettersClient;
import dk.workbench.clients.digitalpost.DigitalPostClient;
import dk.workbench.clients.digitalpost.MailboxQuery;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
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
import java.util.HashMap;
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

/**
 * The letter workflow against the shared letters API of the real sandbox, each staff user with a
 * token of their own and a cache folder of their own (audit log, outbox), as on separate machines.
 */
class LetterServiceTest {
  private static final Actor WRITER = new Actor("anna", StaffRole.SUPERVISOR);
  private static final Actor CHECKER = new Actor("bo", StaffRole.SUPERVISOR);
  private static final Actor CASEWORKER = new Actor("carl", StaffRole.CASEWORKER);
  private static final Actor AGENT = new Actor("eva", StaffRole.CALL_AGENT);

  private static SandboxServer sandbox;
  private static ApiEndpoint endpoint;
  private static CprNumber paperCitizen;
  private static CprNumber digitalCitizen;
  private static Recipient paperRecipient;
  private static Recipient digitalRecipient;

  @TempDir Path dir;
  private final Map<String, CacheDatabase> caches = new HashMap<>();
  private final Map<String, LetterService> services = new HashMap<>();

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

  /** The workbench of one staff user: their token, their own cache folder. */
  private LetterService as(Actor actor) {
    return services.computeIfAbsent(actor.user(), user -> {
      CacheLocation location = CacheLocation.inDirectory(dir.resolve("cache-" + user));
      CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC());
      caches.put(user, db);
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), user, actor.role(), null);
      var mine = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
      return new LetterService(db, new LettersClient(mine), new AuditLog(db), new OutboxWrites(db, new Outbox(db)),
          Clock.systemUTC());
    });
  }

  private Outbox outboxOf(Actor actor) {
    as(actor);
    return new Outbox(caches.get(actor.user()));
  }

  @org.junit.jupiter.api.AfterEach
  void closeCaches() {
    caches.values().forEach(CacheDatabase::close);
  }

  private long draft(CprNumber citizen, Recipient recipient, Actor author) throws Exception {
    LetterComposer composer = new LetterComposer();
    String facts = Files.readString(Path.of("..", "docs", "examples", "facts", "boligstoette.json"), StandardCharsets.UTF_8);
    Letter letter = composer.compose(new LetterRequest(composer.explain(facts), Sender.testProfile(), recipient,
        LocalDate.of(2026, 11, 30), "2026-1", Language.DA, false, false));
    return as(author).draft(citizen, recipient, Sender.testProfile(), letter, author);
  }

  private static int pages(Path pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
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

    assertThatThrownBy(() -> as(CHECKER).print(id, CHECKER, printer)).isInstanceOf(LetterRefusedException.class)
        .hasMessage("Letter " + id + " is not approved and cannot be printed");
    assertThatThrownBy(() -> as(CHECKER).route(id, CHECKER)).isInstanceOf(LetterRefusedException.class)
        .hasMessageContaining("only an approved letter can be dispatched");
    assertThatThrownBy(() -> as(CASEWORKER).approve(id, CASEWORKER)).isInstanceOf(LetterRefusedException.class)
        .hasMessageContaining("Only a supervisor may approve");
    assertThatThrownBy(() -> as(AGENT).approve(id, AGENT)).isInstanceOf(LetterRefusedException.class)
        .hasMessageContaining("Only a supervisor may approve");
    assertThatThrownBy(() -> as(WRITER).approve(id, WRITER)).isInstanceOf(LetterRefusedException.class)
        .hasMessageContaining("another supervisor must approve it");
    assertThat(Files.exists(printer.folder())).isFalse();

    as(CHECKER).approve(id, CHECKER);
    assertThatThrownBy(() -> as(new Actor("dora", StaffRole.SUPERVISOR)).approve(id, new Actor("dora", StaffRole.SUPERVISOR)))
        .isInstanceOf(LetterRefusedException.class).hasMessageContaining("is not a draft (it is APPROVED)");
    assertThat(as(WRITER).state(id)).isEqualTo(LetterState.APPROVED);
    assertThatThrownBy(() -> as(CHECKER).approve(999, CHECKER)).hasMessage("There is no letter 999");

    assertThat(as(WRITER).history(id)).extracting(e -> e.action() + " by " + e.actor())
        .containsExactly("DRAFTED by anna", "APPROVED by bo");
    assertThat(new AuditLog(caches.get(WRITER.user())).verify().intactEntries()).as("drafted").isEqualTo(1);
    assertThat(new AuditLog(caches.get(CHECKER.user())).verify().intactEntries()).as("approved").isEqualTo(1);
  }

  @Test
  void aSupervisorWithAnotherCacheSeesTheDraftAndTheServerHasTheLastWord() throws Exception {
    long id = draft(paperCitizen, paperRecipient, CASEWORKER);

    LetterSummary seen = as(CHECKER).summary(id);
    assertThat(seen.createdBy()).isEqualTo("carl");
    assertThat(seen.state()).isEqualTo(LetterState.DRAFT);
    assertThat(seen.maskedCpr()).endsWith("-xxxx").doesNotContain(paperCitizen.value().substring(6));
    assertThat(as(CHECKER).list(new LetterService.Filter(LetterState.DRAFT, null, null, 10_000)))
        .extracting(LetterSummary::id).contains(id);

    // the caseworker's workbench claiming to be another supervisor: the token says otherwise, the server refuses
    assertThatThrownBy(() -> as(CASEWORKER).approve(id, new Actor("not-carl", StaffRole.SUPERVISOR)))
        .isInstanceOf(LetterRefusedException.class).hasMessageContaining("SUPERVISOR");
    assertThat(as(CHECKER).state(id)).isEqualTo(LetterState.DRAFT);
    as(CHECKER).approve(id, CHECKER);
    assertThat(as(CASEWORKER).history(id)).extracting(e -> e.action() + " by " + e.actor() + " as " + e.role())
        .containsExactly("DRAFTED by carl as CASEWORKER", "APPROVED by bo as SUPERVISOR");
  }

  @Test
  void withTheLettersBackEndDownNoLetterIsMadeAndNothingIsKeptLocally() throws Exception {
    CacheLocation location = CacheLocation.inDirectory(dir.resolve("cache-offline"));
    CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC());
    caches.put("offline", db);
    var down = ApiEndpoint.of(java.net.URI.create("http://127.0.0.1:9/"), HttpClients.newClient(HttpSettings.defaults()));
    LetterService offline = new LetterService(db, new LettersClient(down), new AuditLog(db),
        new OutboxWrites(db, new Outbox(db)), Clock.systemUTC());
    LetterComposer composer = new LetterComposer();
    String facts = Files.readString(Path.of("..", "docs", "examples", "facts", "boligstoette.json"), StandardCharsets.UTF_8);
    Letter letter = composer.compose(new LetterRequest(composer.explain(facts), Sender.testProfile(), paperRecipient,
        LocalDate.of(2026, 11, 30), "2026-1", Language.DA, false, false));

    assertThatThrownBy(() -> offline.draft(paperCitizen, paperRecipient, Sender.testProfile(), letter, WRITER))
        .isInstanceOf(ApiException.class);
    assertThat(new AuditLog(db).verify().intactEntries()).as("nothing recorded").isZero();
    assertThat(new Outbox(db).pendingCount()).isZero();
  }

  @Test
  void anExemptCitizensLetterGoesToThePrintQueueAndPrintsToFileAsTheIdenticalLetter() throws Exception {
    long id = draft(paperCitizen, paperRecipient, WRITER);
    as(CHECKER).approve(id, CHECKER);

    assertThat(as(CHECKER).route(id, CHECKER)).isEqualTo(LetterService.Routing.PRINT_QUEUE);
    assertThat(outboxOf(CHECKER).pendingCount()).isZero();
    assertThat(as(CHECKER).list(new LetterService.Filter(LetterState.APPROVED, false, null, 10_000)))
        .extracting(LetterSummary::id).contains(id);

    FileLetterPrinter printer = new FileLetterPrinter(dir.resolve("printed"));
    assertThat(as(CHECKER).print(id, CHECKER, printer)).isTrue();
    assertThat(as(WRITER).state(id)).isEqualTo(LetterState.PRINTED);
    Path printed = printer.folder().resolve("letter-" + id + ".pdf");
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    as(WRITER).render(id, again);
    Path reprint = Files.write(dir.resolve("again.pdf"), again.toByteArray());
    assertThat(text(reprint)).isEqualTo(text(printed)).contains("Klagevejledning");
    assertThat(pages(reprint)).isEqualTo(pages(printed)).isPositive();

    assertThat(as(CHECKER).print(id, CHECKER, printer)).isTrue();
    assertThat(as(WRITER).history(id)).extracting(LetterStep::action)
        .containsExactly("DRAFTED", "APPROVED", "QUEUED_FOR_PRINT", "PRINTED", "REPRINTED");
  }

  @Test
  void aDigitalPostCitizensLetterIsSentAsMemoThroughTheOutboxToTheSandbox() throws Exception {
    assertThat(digitalRecipient.digitalPost()).isTrue();
    long id = draft(digitalCitizen, digitalRecipient, WRITER);
    as(CHECKER).approve(id, CHECKER);

    assertThat(as(CHECKER).route(id, CHECKER)).isEqualTo(LetterService.Routing.DIGITAL_POST);
    assertThat(as(WRITER).state(id)).isEqualTo(LetterState.DISPATCHED);
    assertThat(outboxOf(CHECKER).pendingCount()).isEqualTo(1);
    assertThatThrownBy(() -> as(CHECKER).route(id, CHECKER)).isInstanceOf(LetterRefusedException.class);

    DigitalPostClient digitalPost = new DigitalPostClient(endpoint);
    OutboxSender sender = new OutboxSender(outboxOf(CHECKER), Map.of(OutboxWrites.LETTER, OutboxDeliveries.digitalPost(digitalPost)),
        Clock.systemUTC());
    assertThat(sender.deliverOnce().delivered()).isEqualTo(1);
    assertThat(outboxOf(CHECKER).pendingCount()).isZero();

    List<MailboxMessage> mailbox = digitalPost.listMailbox(digitalCitizen, 0, MailboxQuery.defaults()).items();
    assertThat(mailbox).anySatisfy(m -> assertThat(m.label()).isEqualTo("Afgørelse om boligstøtte for januar 2026"));
  }

  @Test
  void aBatchPrintsTheApprovedExemptLettersAsOneMergedJobWithProgress() throws Exception {
    List<Long> approved = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = draft(paperCitizen, paperRecipient, WRITER);
      as(CHECKER).approve(id, CHECKER);
      approved.add(id);
    }
    long draftOnly = draft(paperCitizen, paperRecipient, WRITER);
    long digital = draft(digitalCitizen, digitalRecipient, WRITER);
    as(CHECKER).approve(digital, CHECKER);

    FileLetterPrinter printer = new FileLetterPrinter(dir.resolve("batch"));
    AtomicInteger progress = new AtomicInteger();
    List<Long> exempt = as(CHECKER).list(new LetterService.Filter(null, false, "Udbetaling Danmark", 10_000)).stream()
        .map(LetterSummary::id).filter(id -> id >= approved.get(0)).toList();
    assertThat(exempt).doesNotContain(digital).containsAll(approved).contains(draftOnly);
    LetterService.BatchResult result = as(CHECKER).printBatch(exempt, CHECKER, printer,
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
      assertThat(as(WRITER).state(id)).isEqualTo(LetterState.PRINTED);
    }
    assertThat(as(WRITER).state(digital)).isEqualTo(LetterState.APPROVED);
  }

  @Test
  void aCancelledBatchPrintsNothingAndChangesNothing() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = draft(paperCitizen, paperRecipient, WRITER);
      as(CHECKER).approve(id, CHECKER);
      ids.add(id);
    }
    FileLetterPrinter printer = new FileLetterPrinter(dir.resolve("cancelled"));
    AtomicInteger rendered = new AtomicInteger();
    LetterService.BatchResult result = as(CHECKER).printBatch(ids, CHECKER, printer, (done, total) -> rendered.set(done), () -> rendered.get() >= 1);

    assertThat(result.cancelled()).isTrue();
    assertThat(result.printed()).isEmpty();
    assertThat(Files.exists(printer.folder())).isFalse();
    for (long id : ids) {
      assertThat(as(WRITER).state(id)).isEqualTo(LetterState.APPROVED);
    }
  }
}
