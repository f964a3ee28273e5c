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
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.letters.LetterComposer;
import dk.workbench.rules.Language;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.service.letters.DecisionLetters;
import dk.workbench.service.letters.LetterDesk;
import dk.workbench.service.letters.LetterService;
import dk.workbench.service.letters.LetterService.Actor;
import dk.workbench.service.letters.LetterState;
import dk.workbench.service.letters.LetterSummary;
import dk.workbench.service.outbox.OutboxWrites;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Lav afgørelsesbrev" against the real sandbox over loopback and a real encrypted cache, same-thread tasks. */
class DecisionLetterViewModelTest {
  private static final Actor CARL = new Actor("carl", StaffRole.CASEWORKER);
  private static SandboxServer sandbox;
  private static ApiEndpoint endpoint;

  @TempDir Path dir;
  private CacheDatabase db;
  private LetterDesk desk;
  private final List<Long> previews = new ArrayList<>();
  private final Messages messages = new Messages(Locale.forLanguageTag("da"));

  @BeforeAll
  static void startSandbox() {
    sandbox = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    var plain = HttpClients.newClient(HttpSettings.defaults());
    var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), "carl", StaffRole.CASEWORKER, null);
    endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void openCache() {
    CacheLocation location = CacheLocation.inDirectory(dir.resolve("cache"));
    db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC());
    LetterService service = new LetterService(db, new LettersClient(endpoint), new AuditLog(db),
        new OutboxWrites(db, new Outbox(db)), Clock.systemUTC());
    desk = new LetterDesk(new DecisionLetters(new DecisionsClient(endpoint), new CprClient(endpoint), new LetterComposer(),
        Clock.systemUTC()), service, dir.resolve("printed"));
  }

  @AfterEach
  void closeCache() {
    db.close();
  }

  private DecisionLetterViewModel viewModel(CprNumber citizen) {
    return new DecisionLetterViewModel(citizen, () -> desk, CARL, new BackgroundTasks(Runnable::run, Runnable::run), messages,
        previews::add);
  }

  private static ArchetypeEntry archetype(String name) {
    return sandbox.population().archetypes().stream().filter(e -> e.archetype().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void makesTheLetterOfTheOpenedDecisionAsADraftInTheChosenLanguageAndOpensItsPreview() throws Exception {
    CprNumber citizen = CprNumber.parse(archetype("single-pensioner").cpr());
    String decision = new DecisionsClient(endpoint).listDecisions(citizen, null).get(0).id();
    DecisionLetterViewModel vm = viewModel(citizen);
    assertThat(vm.canMakeProperty().get()).as("no decision open").isFalse();

    vm.decisionIdProperty().set(decision);
    vm.languageProperty().set(Language.EN);
    vm.largePrintProperty().set(true);
    assertThat(vm.canMakeProperty().get()).isTrue();
    vm.make();

    assertThat(previews).hasSize(1);
    long id = previews.get(0);
    assertThat(vm.statusProperty().get())
        .isEqualTo("Brev " + id + " er gemt som kladde og venter på en supervisors godkendelse.");
    LetterSummary stored = desk.summary(id);
    assertThat(stored.state()).isEqualTo(LetterState.DRAFT);
    assertThat(stored.createdBy()).isEqualTo("carl");
    assertThat(stored.language()).isEqualTo("en-GB");
    assertThat(stored.largePrint()).isTrue();
    assertThat(stored.maskedCpr()).endsWith("-xxxx").doesNotContain(citizen.value().substring(6));
    assertThat(vm.canMakeProperty().get()).isTrue();
  }

  @Test
  void aDecisionWhoseAmountsDifferGetsNoLetterAndThePlainReason() throws Exception {
    // the deliberately wrong decisions are listed by the sandbox's archetypes endpoint
    var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        sandbox.baseUrl().resolve("sandbox/v1/archetypes")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    com.fasterxml.jackson.databind.JsonNode wrong = null;
    for (var entry : new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body())) {
      if (entry.path("archetype").asText().equals("wrong-decision")) {
        wrong = entry;
        break;
      }
    }
    assertThat(wrong).isNotNull();
    DecisionLetterViewModel vm = viewModel(CprNumber.parse(wrong.get("cpr").asText()));
    vm.decisionIdProperty().set(wrong.get("decisionId").asText());
    vm.discrepancyProperty().set(true);

    vm.make();

    assertThat(vm.statusProperty().get()).isEqualTo("Der laves ikke brev: afgørelsens beløb stemmer ikke med "
        + "genberegningen. Send afgørelsen til en supervisor.");
    assertThat(previews).isEmpty();
    assertThat(desk.list(null, null, null)).isEmpty();
  }

  @Test
  void anUnknownDecisionIsRefusedWithItsReason() throws Exception {
    DecisionLetterViewModel vm = viewModel(CprNumber.parse(archetype("single-pensioner").cpr()));
    vm.decisionIdProperty().set("no-such-decision");

    vm.make();

    assertThat(vm.statusProperty().get()).startsWith("Brevet kan ikke laves: ").contains("no-such-decision");
    assertThat(previews).isEmpty();
  }
}
