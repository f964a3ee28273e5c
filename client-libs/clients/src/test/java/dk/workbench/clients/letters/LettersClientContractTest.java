package dk.workbench.clients.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.testing.SandboxFixture;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.letters.LetterAction;
import dk.workbench.contracts.letters.LetterEvent;
import dk.workbench.contracts.letters.LetterListItem;
import dk.workbench.contracts.letters.LetterStatus;
import dk.workbench.contracts.letters.NewLetter;
import dk.workbench.contracts.letters.StoredLetter;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.http.NotFoundException;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link LettersClient} against the real sandbox over loopback, every exchange checked against letters.openapi.yaml. */
class LettersClientContractTest {
  private static SandboxFixture fixture;
  private static LettersClient caseworker;
  private static LettersClient supervisor;
  private static LettersClient otherSupervisor;
  private static LettersClient agent;

  @BeforeAll
  static void start() {
    fixture = new SandboxFixture("openapi/letters.openapi.yaml");
    caseworker = client("cw-anna", StaffRole.CASEWORKER);
    supervisor = client("sup-bo", StaffRole.SUPERVISOR);
    otherSupervisor = client("sup-carl", StaffRole.SUPERVISOR);
    agent = client("agent-dora", StaffRole.CALL_AGENT);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void aDraftIsStoredOnceAndApprovedByAnotherSupervisorThenPrintedAndReprinted() throws Exception {
    String key = UUID.randomUUID().toString();
    StoredLetter first = caseworker.draft(letter("Udbetaling Danmark", false), key);
    StoredLetter again = caseworker.draft(letter("Udbetaling Danmark", false), key);

    assertThat(again).isEqualTo(first);
    assertThat(first.state()).isEqualTo(LetterStatus.DRAFT);
    assertThat(first.createdBy()).isEqualTo("cw-anna");
    assertThat(supervisor.get(first.id()).letter()).isEqualTo(letter("Udbetaling Danmark", false));

    StoredLetter approved = supervisor.step(first.id(), LetterAction.APPROVE);
    StoredLetter printed = otherSupervisor.step(first.id(), LetterAction.PRINT);
    StoredLetter reprinted = caseworker.step(first.id(), LetterAction.PRINT);

    assertThat(approved.state()).isEqualTo(LetterStatus.APPROVED);
    assertThat(printed.state()).isEqualTo(LetterStatus.PRINTED);
    assertThat(reprinted.steps()).extracting(LetterEvent::action)
        .containsExactly("DRAFTED", "APPROVED", "PRINTED", "REPRINTED");
    assertThat(reprinted.steps()).extracting(LetterEvent::actor).containsExactly("cw-anna", "sup-bo", "sup-carl", "cw-anna");
    assertThat(reprinted.steps().get(1).role()).isEqualTo(StaffRole.SUPERVISOR);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void theServerRefusesAnApprovalByTheAuthorOrANonSupervisorAndPrintingADraft() throws Exception {
    StoredLetter mine = supervisor.draft(letter("Københavns Kommune", true), UUID.randomUUID().toString());

    assertThatThrownBy(() -> supervisor.step(mine.id(), LetterAction.APPROVE))
        .isInstanceOfSatisfying(ForbiddenException.class,
            e -> assertThat(e.problem().orElseThrow().detail()).contains("author"));
    assertThatThrownBy(() -> caseworker.step(mine.id(), LetterAction.APPROVE))
        .isInstanceOfSatisfying(ForbiddenException.class,
            e -> assertThat(e.problem().orElseThrow().detail()).contains("SUPERVISOR"));
    assertThatThrownBy(() -> agent.step(mine.id(), LetterAction.APPROVE)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> caseworker.step(mine.id(), LetterAction.PRINT))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThatThrownBy(() -> caseworker.step(mine.id(), LetterAction.SEND))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(409));

    otherSupervisor.step(mine.id(), LetterAction.APPROVE);
    assertThatThrownBy(() -> otherSupervisor.step(mine.id(), LetterAction.APPROVE))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(409));
    StoredLetter sent = caseworker.step(mine.id(), LetterAction.SEND);
    assertThat(sent.state()).isEqualTo(LetterStatus.DISPATCHED);
    assertThat(supervisor.get(mine.id()).steps()).extracting(LetterEvent::action)
        .containsExactly("DRAFTED", "APPROVED", "DISPATCHED");
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void anExemptLetterSentStaysApprovedInThePrintQueue() throws Exception {
    StoredLetter draft = caseworker.draft(letter("Udbetaling Danmark", false), UUID.randomUUID().toString());
    supervisor.step(draft.id(), LetterAction.APPROVE);

    StoredLetter queued = caseworker.step(draft.id(), LetterAction.SEND);

    assertThat(queued.state()).isEqualTo(LetterStatus.APPROVED);
    assertThat(queued.steps().get(queued.steps().size() - 1).action()).isEqualTo("QUEUED_FOR_PRINT");
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void theListIsNewestFirstFilteredAndPaged() throws Exception {
    String authority = "Aarhus Kommune " + UUID.randomUUID();
    StoredLetter older = caseworker.draft(letter(authority, true), UUID.randomUUID().toString());
    StoredLetter newer = caseworker.draft(letter(authority, false), UUID.randomUUID().toString());
    supervisor.step(newer.id(), LetterAction.APPROVE);

    var all = agent.list(new LettersClient.Query(null, authority, null, 10, 0));
    var approved = agent.list(new LettersClient.Query(LetterStatus.APPROVED, authority, null, 10, 0));
    var exempt = agent.list(new LettersClient.Query(null, authority, false, 10, 0));
    var secondPage = agent.list(new LettersClient.Query(null, authority, null, 1, 1));

    assertThat(all.letters()).extracting(LetterListItem::id).containsExactly(newer.id(), older.id());
    assertThat(all.total()).isEqualTo(2);
    assertThat(all.letters().get(0).subject()).isEqualTo("Afgørelse om boligstøtte");
    assertThat(approved.letters()).extracting(LetterListItem::id).containsExactly(newer.id());
    assertThat(exempt.letters()).extracting(LetterListItem::id).containsExactly(newer.id());
    assertThat(secondPage.letters()).extracting(LetterListItem::id).containsExactly(older.id());
    assertThat(secondPage.total()).isEqualTo(2);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void badInputIsRefusedWithAReason() throws Exception {
    NewLetter noCpr = new NewLetter("12", "Udbetaling Danmark", null, true, null, null, "1", "da-DK", false, "{}");

    LettersClient unchecked = client("cw-anna", StaffRole.CASEWORKER, false); // the body breaks the contract on purpose

    assertThatThrownBy(() -> unchecked.draft(noCpr, UUID.randomUUID().toString()))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().detail()).contains("cpr");
        });
    String key = UUID.randomUUID().toString();
    caseworker.draft(letter("Udbetaling Danmark", true), key);
    assertThatThrownBy(() -> caseworker.draft(letter("Odense Kommune", true), key))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThatThrownBy(() -> caseworker.get(999_999_999L)).isInstanceOf(NotFoundException.class);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  private static NewLetter letter(String authority, boolean digitalPost) {
    return new NewLetter("0101701234", authority, "12345678", digitalPost, "Anna Jensen", "Afgørelse om boligstøtte",
        "1", "da-DK", false, "{\"subject\":\"Afgørelse om boligstøtte\"}");
  }

  private static LettersClient client(String username, StaffRole role) {
    return client(username, role, true);
  }

  private static LettersClient client(String username, StaffRole role, boolean validated) {
    OkHttpClient plain = HttpClients.newClient(HttpSettings.defaults());
    var tokens = new SandboxTokenSource(ApiEndpoint.of(fixture.server().baseUrl(), plain), username, role, null);
    OkHttpClient.Builder builder = HttpClients.newClient(HttpSettings.defaults(), tokens).newBuilder();
    if (validated) {
      builder.addNetworkInterceptor(fixture.contract());
    }
    OkHttpClient http = builder.build();
    return new LettersClient(ApiEndpoint.of(fixture.server().baseUrl(), http));
  }
}
