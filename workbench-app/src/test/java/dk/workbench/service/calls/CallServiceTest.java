package dk.workbench.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.DraftStore;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.service.calls.CallService.Problem;
import dk.workbench.service.outbox.OutboxDeliveries;
import dk.workbench.service.outbox.OutboxSender;
import dk.workbench.service.outbox.OutboxWrites;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A call from look-up to wrap-up: drafts in a real cache file, the record through the outbox to the real sandbox. */
class CallServiceTest {
  @TempDir Path dir;

  @Test
  void aWrappedUpCallReachesTheBackEndOnceWithItsFollowUp() throws Exception {
    CacheLocation location = CacheLocation.inDirectory(dir);
    try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPort(0));
        CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC())) {
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.CALL_AGENT, null);
      InteractionsClient interactions = new InteractionsClient(
          ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens)));
      Outbox outbox = new Outbox(db);
      OutboxSender sender = new OutboxSender(outbox, OutboxDeliveries.of(null, interactions), Clock.systemUTC());
      CallService calls = new CallService(new LocalCallStore(new DraftStore(db), new OutboxWrites(db, outbox), sender,
          Clock.systemUTC()), new CallService.Settings(List.of(InteractionReason.PENSION, InteractionReason.PAYMENT), true),
          Clock.systemUTC());
      CprNumber cpr = CprNumber.parse(sandbox.population().archetypes().stream()
          .filter(e -> e.archetype().equals("single-pensioner")).findFirst().orElseThrow().cpr());
      String marker = "call-" + UUID.randomUUID();

      Call call = calls.start(cpr, InteractionChannel.PHONE);
      assertThat(calls.start(cpr, InteractionChannel.VISIT)).as("the same citizen's open call is resumed").isEqualTo(call);
      assertThat(calls.finish(call)).containsExactly(Problem.REASON_MISSING, Problem.OUTCOME_MISSING);

      call = call.withReasons(List.of(InteractionReason.PENSION)).withNotes("Spurgte til tillægget. " + marker)
          .withOutcome(InteractionOutcome.FOLLOW_UP_REQUIRED);
      calls.save(call);
      assertThat(calls.unfinished()).containsExactly(call);
      assertThat(calls.finish(call)).containsExactly(Problem.FOLLOW_UP_DATE_MISSING);
      assertThat(calls.finish(call.withFollowUp(LocalDate.now().minusDays(1), null))).containsExactly(Problem.FOLLOW_UP_DATE_PAST);
      assertThat(calls.finish(call.withNotes("x".repeat(CallService.MAX_NOTES + 1)).withFollowUp(LocalDate.now(), null)))
          .containsExactly(Problem.NOTES_TOO_LONG);

      call = call.withFollowUp(LocalDate.now().plusDays(7), "supervisors");
      assertThat(calls.finish(call)).isEmpty();
      assertThat(calls.unfinished()).as("the draft went with the wrap-up").isEmpty();
      sender.deliverOnce();
      sender.deliverOnce(); // a second pass sends nothing again

      List<Interaction> stored = interactions.interactions(cpr).stream()
          .filter(i -> i.notes() != null && i.notes().contains(marker)).toList();
      assertThat(stored).hasSize(1);
      assertThat(stored.get(0).followUpAssignee()).isEqualTo("supervisors");
      assertThat(stored.get(0).occurredAt()).isEqualTo(call.startedAt());
      assertThat(outbox.pendingCount()).isZero();
    }
  }

  @Test
  void leavingAnUntouchedCallDropsItAndATouchedOneIsKept() {
    var store = new DirectCallStore(null);
    var calls = new CallService(store, new CallService.Settings(null, false), Clock.systemUTC());
    CprNumber cpr = CprNumber.of(LocalDate.of(1961, 7, 7), 1234);

    calls.leave(calls.start(cpr, InteractionChannel.PHONE));
    assertThat(calls.unfinished()).isEmpty();

    Call call = calls.start(cpr, InteractionChannel.PHONE).withNotes("Halvt færdig");
    calls.leave(call);
    assertThat(calls.unfinished()).containsExactly(call);
    assertThat(calls.settings().reasons()).as("empty configuration offers every reason").contains(InteractionReason.values());
  }
}
