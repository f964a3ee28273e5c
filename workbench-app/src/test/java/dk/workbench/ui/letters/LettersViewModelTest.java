package dk.workbench.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.AuditLog;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.clients.letters.LettersClient;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.letters.Letter;
import dk.workbench.letters.LetterComposer;
import dk.workbench.letters.LetterRequest;
import dk.workbench.letters.Recipient;
import dk.workbench.letters.Sender;
import dk.workbench.rules.Language;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.service.letters.DecisionLetters;
import dk.workbench.service.letters.LetterDesk;
import dk.workbench.service.letters.LetterService;
import dk.workbench.service.letters.LetterService.Actor;
import dk.workbench.service.letters.LetterState;
import dk.workbench.service.outbox.OutboxWrites;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.letters.LettersViewModel.RouteChoice;
import dk.workbench.ui.letters.LettersViewModel.Row;
import dk.workbench.ui.letters.LettersViewModel.StateChoice;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Breve" screen's state on the real letter workflow (the sandbox's shared letters API, each
 * user with a token of their own; an encrypted SQLite cache in a temp
 * folder, real rendering, print to file), with same-thread background tasks.
 */
class LettersViewModelTest {
  private static final Actor ANNA = new Actor("anna", StaffRole.SUPERVISOR);
  private static final Actor BO = new Actor("bo", StaffRole.SUPERVISOR);
  private static final Actor CARL = new Actor("carl", StaffRole.CASEWORKER);
  private static final Actor DITTE = new Actor("ditte", StaffRole.CALL_AGENT);
  private static final String CPR = "0101701234";

  @TempDir Path dir;
  private SandboxServer sandbox;
  private CacheDatabase db;
  private DecisionLetters decisionLetters;
  private final Map<String, LetterDesk> desks = new HashMap<>();
  private final Map<String, LetterService> services = new HashMap<>();
  private final Messages messages = new Messages(Locale.forLanguageTag("da"));
  private final BackgroundTasks sameThread = new BackgroundTasks(Runnable::run, Runnable::run);

  @BeforeEach
  void openCache() {
    sandbox = SandboxServer.start(SandboxConfig.defaults().withPort(0)); // a fresh shared letter store per test
    CacheLocation location = CacheLocation.inDirectory(dir.resolve("cache"));
    db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC());
    // no decisions back-end is asked: these tests draft from facts, not from a decision
    ApiEndpoint unused = ApiEndpoint.of(URI.create("http://127.0.0.1:9/"), HttpClients.newClient(HttpSettings.defaults()));
    decisionLetters = new DecisionLetters(new DecisionsClient(unused), new CprClient(unused), new LetterComposer(),
        Clock.systemUTC());
  }

  @AfterEach
  void closeCache() {
    db.close();
    sandbox.close();
  }

  /** The letter workflow as {@code actor}: their own token for the shared letters API. */
  private LetterService service(Actor actor) {
    return services.computeIfAbsent(actor.user(), user -> {
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), user, actor.role(), null);
      var endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
      return new LetterService(db, new LettersClient(endpoint), new AuditLog(db), new OutboxWrites(db, new Outbox(db)),
          Clock.systemUTC());
    });
  }

  private LetterDesk desk(Actor actor) {
    return desks.computeIfAbsent(actor.user(), user -> new LetterDesk(decisionLetters, service(actor), dir.resolve("printed")));
  }

  private LettersViewModel as(Actor me) {
    LettersViewModel vm = new LettersViewModel(() -> desk(me), me, sameThread, messages, ZoneId.of("Europe/Copenhagen"));
    vm.load();
    return vm;
  }

  private long draft(Sender sender, boolean digitalPost, Actor author) throws Exception {
    LetterComposer composer = new LetterComposer();
    String facts = Files.readString(Path.of("..", "docs", "examples", "facts", "boligstoette.json"), StandardCharsets.UTF_8);
    Recipient recipient = new Recipient("Test Testesen", List.of("Testvej 1", "8000 Aarhus C"), false, digitalPost);
    Letter letter = composer.compose(new LetterRequest(composer.explain(facts), sender, recipient,
        LocalDate.of(2026, 11, 30), "2026-1", Language.DA, false, false));
    return service(author).draft(CprNumber.parse(CPR), recipient, sender, letter, author);
  }

  private static Row row(LettersViewModel vm, long id) {
    return vm.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  @Test
  void approveIsDisabledForTheAuthorAndForACaseworkerWithTheReasonAndEnabledForAnotherSupervisor() throws Exception {
    long id = draft(Sender.testProfile(), false, ANNA);

    LettersViewModel author = as(ANNA);
    author.currentProperty().set(row(author, id));
    assertThat(author.canApproveProperty().get()).isFalse();
    assertThat(author.approveReasonProperty().get()).isEqualTo(
        "Du har selv skrevet brevet; en anden supervisor skal godkende det.");
    author.approve(); // does nothing: the button is disabled
    assertThat(service(ANNA).state(id)).isEqualTo(LetterState.DRAFT);

    LettersViewModel caseworker = as(CARL);
    caseworker.currentProperty().set(row(caseworker, id));
    assertThat(caseworker.canApproveProperty().get()).isFalse();
    assertThat(caseworker.approveReasonProperty().get()).isEqualTo("Kun en supervisor kan godkende breve.");

    LettersViewModel other = as(BO);
    other.currentProperty().set(row(other, id));
    assertThat(other.canApproveProperty().get()).isTrue();
    assertThat(other.canPrintProperty().get()).isFalse();
    assertThat(other.whyProperty().get()).contains("ikke godkendt");
    other.approve();

    assertThat(other.messageProperty().get()).isEqualTo("Brev " + id + " er godkendt.");
    assertThat(other.currentProperty().get().state()).isEqualTo("Godkendt");
    assertThat(other.canApproveProperty().get()).isFalse();
    assertThat(other.approveReasonProperty().get()).isEqualTo("Kan ikke godkendes: status er Godkendt.");
    assertThat(other.canPrintProperty().get()).isTrue();
    assertThat(other.canSendProperty().get()).isTrue();
    assertThat(other.history()).hasSize(2);
    assertThat(other.history().get(0)).contains("Kladde oprettet · anna (supervisor)");
    assertThat(other.history().get(1)).contains("Godkendt · bo (supervisor)");
  }

  @Test
  void filtersPickByStateDigitalPostAndAuthority() throws Exception {
    long a = draft(Sender.testProfile(), false, ANNA);
    long b = draft(Sender.testProfile(), true, ANNA);
    long c = draft(Sender.named("Aarhus Kommune", "55133018"), false, ANNA);
    service(BO).approve(a, BO);
    LettersViewModel vm = as(BO);
    assertThat(vm.rows()).extracting(Row::id).containsExactly(a, b, c);
    assertThat(vm.countProperty().get()).isEqualTo("3 breve");
    assertThat(vm.authorities()).containsExactly("Aarhus Kommune", "Udbetaling Danmark");

    vm.stateFilterProperty().set(StateChoice.APPROVED);
    assertThat(vm.rows()).extracting(Row::id).containsExactly(a);
    vm.stateFilterProperty().set(StateChoice.DRAFT);
    assertThat(vm.rows()).extracting(Row::id).containsExactly(b, c);
    vm.routeFilterProperty().set(RouteChoice.EXEMPT);
    assertThat(vm.rows()).extracting(Row::id).containsExactly(c);
    vm.stateFilterProperty().set(StateChoice.ALL);
    vm.routeFilterProperty().set(RouteChoice.DIGITAL_POST);
    assertThat(vm.rows()).extracting(Row::id).containsExactly(b);
    assertThat(vm.rows().get(0).route()).isEqualTo("Digital Post");
    vm.routeFilterProperty().set(RouteChoice.ALL);
    vm.authorityFilterProperty().set("Aarhus Kommune");
    assertThat(vm.rows()).extracting(Row::id).containsExactly(c);
    assertThat(vm.rows().get(0).route()).isEqualTo("Fritaget (papir)");
  }

  @Test
  void theCitizenIsNamedWithAMaskedCprForACaseworkerAndOnlyMaskedForACallAgent() throws Exception {
    long id = draft(Sender.testProfile(), false, ANNA);
    assertThat(row(as(CARL), id).citizen()).isEqualTo("Test Testesen (010170-xxxx)");
    assertThat(row(as(DITTE), id).citizen()).isEqualTo("010170-xxxx");
    assertThat(row(as(CARL), id).toString() + row(as(CARL), id).letter()).doesNotContain("1234");
  }

  @Test
  void aDraftCannotBePrintedAndAnApprovedLetterPrintsToFileThenReprints() throws Exception {
    long id = draft(Sender.testProfile(), false, ANNA);
    LettersViewModel vm = as(BO);
    vm.currentProperty().set(row(vm, id));
    assertThat(vm.canPrintProperty().get()).isFalse();
    assertThat(vm.canSendProperty().get()).isFalse();
    vm.print();
    assertThat(Files.exists(dir.resolve("printed"))).isFalse();

    vm.approve();
    vm.print();
    assertThat(vm.messageProperty().get()).isEqualTo("Brev " + id + " er udskrevet.");
    Path printed = dir.resolve("printed").resolve("letter-" + id + ".pdf");
    assertThat(pages(printed)).isEqualTo(pagesOf(id));
    assertThat(vm.currentProperty().get().letter().state()).isEqualTo(LetterState.PRINTED);
    assertThat(vm.canSendProperty().get()).isFalse();

    vm.print();
    assertThat(vm.messageProperty().get()).isEqualTo("Brev " + id + " er udskrevet igen (det samme brev).");
    assertThat(vm.history()).hasSize(4);
  }

  @Test
  void sendPutsAnExemptCitizensLetterInThePrintQueueAndADigitalPostLetterInTheOutbox() throws Exception {
    long paper = draft(Sender.testProfile(), false, ANNA);
    long digital = draft(Sender.testProfile(), true, ANNA);
    service(BO).approve(paper, BO);
    service(BO).approve(digital, BO);
    LettersViewModel vm = as(BO);

    vm.currentProperty().set(row(vm, paper));
    vm.send();
    assertThat(vm.messageProperty().get()).isEqualTo(
        "Borgeren er fritaget for Digital Post: brev " + paper + " venter i udskriftskøen.");
    assertThat(vm.currentProperty().get().state()).isEqualTo("Godkendt");

    vm.currentProperty().set(row(vm, digital));
    vm.send();
    assertThat(vm.messageProperty().get()).isEqualTo("Brev " + digital + " er lagt i udbakken til borgerens Digital Post.");
    assertThat(vm.currentProperty().get().state()).isEqualTo("Sendt (Digital Post)");
    assertThat(new Outbox(db).pendingCount()).isEqualTo(1);
  }

  @Test
  void aBatchOfTheApprovedLettersPickedIsOneMergedPdfWithProgressToTheEnd() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(draft(Sender.testProfile(), false, ANNA));
      service(BO).approve(ids.get(i), BO);
    }
    long draft = draft(Sender.testProfile(), false, ANNA);
    LettersViewModel vm = as(BO);
    assertThat(vm.canBatchProperty().get()).isFalse();
    vm.picked().setAll(row(vm, draft));
    assertThat(vm.canBatchProperty().get()).as("a draft alone is no batch").isFalse();
    vm.picked().setAll(vm.rows());
    assertThat(vm.canBatchProperty().get()).isTrue();
    List<Double> seen = new ArrayList<>();
    vm.progressProperty().addListener((obs, old, p) -> seen.add(p.doubleValue()));

    Path merged = dir.resolve("samlet.pdf");
    vm.printBatch(merged);

    assertThat(seen).isSorted().contains(0.25, 0.5, 0.75, 1.0);
    assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    assertThat(vm.batchRunningProperty().get()).isFalse();
    assertThat(vm.batchTextProperty().get()).isEqualTo(
        "3 breve gemt som én PDF: samlet.pdf 1 valgte breve var ikke godkendte og blev sprunget over.");
    int expected = 0;
    for (long id : ids) {
      expected += pagesOf(id);
      assertThat(service(ANNA).state(id)).isEqualTo(LetterState.PRINTED);
    }
    assertThat(pages(merged)).isEqualTo(expected);
    assertThat(service(ANNA).state(draft)).isEqualTo(LetterState.DRAFT);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).doesNotContain("samlet.pdf.part");
  }

  @Test
  void cancellingABatchMidWayPrintsNothingAndLeavesTheLettersApproved() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(draft(Sender.testProfile(), false, ANNA));
      service(BO).approve(ids.get(i), BO);
    }
    LettersViewModel vm = as(BO);
    vm.picked().setAll(vm.rows());
    // "Annullér" as soon as the first letter is ready
    vm.progressProperty().addListener((obs, old, p) -> {
      if (p.doubleValue() > 0) {
        vm.cancelBatch();
      }
    });

    vm.printBatch(null);

    assertThat(vm.batchTextProperty().get()).isEqualTo(
        "Annulleret efter 1 af 4 breve. Intet er udskrevet; brevene er stadig godkendte.");
    assertThat(vm.progressProperty().get()).isLessThan(1.0);
    assertThat(Files.exists(dir.resolve("printed"))).isFalse();
    for (long id : ids) {
      assertThat(service(ANNA).state(id)).isEqualTo(LetterState.APPROVED);
    }
    assertThat(vm.canBatchProperty().get()).as("the same letters can be printed again").isTrue();
  }

  private int pagesOf(long id) throws Exception {
    return service(ANNA).render(id, OutputStream.nullOutputStream());
  }

  private static int pages(Path pdf) throws Exception {
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }
}
