package dk.workbench.clients.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.clients.testing.SandboxFixture;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.FollowUp;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.NotFoundException;
import dk.workbench.sandbox.population.Archetype;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link InteractionsClient} against the real sandbox over loopback, every exchange checked against interactions.openapi.yaml. */
class InteractionsClientContractTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static SandboxFixture fixture;
  private static InteractionsClient client;

  @BeforeAll
  static void start() {
    fixture = new SandboxFixture("openapi/interactions.openapi.yaml");
    client = new InteractionsClient(fixture.endpoint(StaffRole.CALL_AGENT));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void everyArchetypesInteractionsConformToTheContract() throws Exception {
    int seen = 0;
    for (var archetype : fixture.server().population().archetypes()) {
      seen += client.interactions(CprNumber.parse(archetype.cpr(), TODAY)).size();
    }
    assertThat(seen).isPositive();
    assertThat(fixture.contract().violations()).isEmpty();
    assertThat(fixture.contract().validatedExchanges()).isGreaterThanOrEqualTo(fixture.server().population()
        .archetypes().size());
  }

  @Test
  void aRecordedCallIsStoredOnceAndListedFirst() throws Exception {
    CprNumber cpr = cpr(Archetype.SINGLE_PENSIONER);
    NewInteraction call = new NewInteraction(null, InteractionChannel.PHONE,
        List.of(InteractionReason.PENSION, InteractionReason.PAYMENT), "Spurgte til næste udbetaling.",
        InteractionOutcome.FOLLOW_UP_REQUIRED, LocalDate.now().plusDays(14));
    String key = UUID.randomUUID().toString();

    Interaction first = client.record(cpr, call, key);
    Interaction again = client.record(cpr, call, key);
    List<Interaction> list = client.interactions(cpr);

    assertThat(again).isEqualTo(first);
    assertThat(first.staff().role()).isEqualTo(StaffRole.CALL_AGENT);
    assertThat(list.get(0)).isEqualTo(first);
    assertThat(list).filteredOn(i -> i.id().equals(first.id())).hasSize(1);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void aReusedKeyConflictsAndAnUnknownCitizenIsNotFound() throws Exception {
    CprNumber cpr = cpr(Archetype.PENSIONER_COUPLE);
    NewInteraction visit = new NewInteraction(null, InteractionChannel.VISIT, List.of(InteractionReason.DOCUMENTS),
        null, InteractionOutcome.RESOLVED, null);
    client.record(cpr, visit, "contract-i-1");
    NewInteraction other = new NewInteraction(null, InteractionChannel.VISIT, List.of(InteractionReason.COMPLAINT),
        null, InteractionOutcome.REFERRED, null);

    assertThatThrownBy(() -> client.record(cpr, other, "contract-i-1"))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThatThrownBy(() -> client.interactions(CprNumber.parse("0101010000", TODAY)))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  private static CprNumber cpr(Archetype archetype) throws Exception {
    return CprNumber.parse(fixture.server().population().archetypes().stream()
        .filter(a -> a.archetype().equals(archetype.id())).findFirst().orElseThrow().cpr(), TODAY);
  }

  @Test
  void aFollowUpIsInTheQueueOfItsAssigneeAndCanBeHandedOn() throws Exception {
    CprNumber cpr = cpr(Archetype.PENSIONER_COUPLE);
    String queue = "queue-" + UUID.randomUUID();
    Interaction recorded = client.record(cpr, new NewInteraction(null, InteractionChannel.PHONE,
        List.of(InteractionReason.PAYMENT), "Ring tilbage om udbetalingen.", InteractionOutcome.FOLLOW_UP_REQUIRED,
        LocalDate.now().plusDays(3), queue), UUID.randomUUID().toString());

    assertThat(client.followUps(queue)).extracting(f -> f.interaction().id(), FollowUp::citizen)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(recorded.id(), cpr.value()));
    String colleague = "colleague-" + UUID.randomUUID();
    assertThat(client.assign(recorded.id(), colleague).followUpAssignee()).isEqualTo(colleague);
    assertThat(client.assign(recorded.id(), colleague).followUpAssignee()).as("repeatable").isEqualTo(colleague);
    assertThat(client.followUps(queue)).isEmpty();
    assertThat(client.followUps(colleague)).hasSize(1);
    assertThat(client.followUps(null)).extracting(f -> f.interaction().id()).contains(recorded.id());

    assertThatThrownBy(() -> client.assign("no-such-id", colleague)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.assign(recorded.id(), " ")).isInstanceOf(ClientErrorException.class);
    assertThat(fixture.contract().violations()).isEmpty();
  }
}
