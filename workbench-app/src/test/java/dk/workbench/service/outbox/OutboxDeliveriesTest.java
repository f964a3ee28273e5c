package dk.workbench.service.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.cache.OutboxItem;
import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.clients.accesslog.AccessLogQuery;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queued writes of each kind reach the real sandbox once, however often they are sent. */
class OutboxDeliveriesTest {
  @TempDir Path dir;

  @Test
  void eachKindIsDeliveredOnceAndARefusedOneIsShown() throws Exception {
    CacheLocation location = CacheLocation.inDirectory(dir);
    try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPort(0));
        CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC())) {
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.CASEWORKER, null);
      ApiEndpoint endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
      AccessLogClient accessLog = new AccessLogClient(endpoint);
      InteractionsClient interactions = new InteractionsClient(endpoint);
      CprNumber cpr = CprNumber.parse(sandbox.population().archetypes().stream()
          .filter(e -> e.archetype().equals("family-with-children")).findFirst().orElseThrow().cpr());
      CprNumber stranger = CprNumber.of(LocalDate.of(1901, 1, 1), 1);

      Outbox outbox = new Outbox(db);
      OutboxWrites writes = new OutboxWrites(db, outbox);
      String marker = "deliveries-" + UUID.randomUUID();
      String notes = "Ringede om børnepenge " + marker;
      writes.interaction(cpr, new NewInteraction(null, InteractionChannel.PHONE, List.of(InteractionReason.CHILD_BENEFIT),
          notes, InteractionOutcome.RESOLVED, null));
      writes.accessLog(OutboxKillChild.entry(cpr.value(), marker));
      long refused = writes.accessLog(OutboxKillChild.entry(stranger.value(), marker + "-stranger"));
      List<OutboxItem> queued = outbox.pending(10);

      Map<String, OutboxSender.Delivery> deliveries = OutboxDeliveries.of(accessLog, interactions);
      OutboxSender sender = new OutboxSender(outbox, deliveries, Clock.systemUTC());
      assertThat(sender.deliverOnce()).isEqualTo(new OutboxSender.Report(2, 0, 1));

      // As after a crash between sending and marking delivered: the same items sent again with their keys.
      for (OutboxItem item : queued.subList(0, 2)) {
        deliveries.get(item.kind()).deliver(item.payload(), item.idempotencyKey());
      }

      List<Interaction> stored = interactions.interactions(cpr);
      assertThat(stored).filteredOn(i -> notes.equals(i.notes())).hasSize(1);
      assertThat(accessLog.entries(cpr, AccessLogQuery.firstPage(AccessLogQuery.MAX_SIZE)).entries())
          .filteredOn(e -> marker.equals(e.correlationId())).hasSize(1);
      assertThat(outbox.pendingCount()).isZero();
      assertThat(outbox.failures()).singleElement().satisfies(f -> {
        assertThat(f.id()).isEqualTo(refused);
        assertThat(f.kind()).isEqualTo(OutboxWrites.ACCESS_LOG_ENTRY);
        assertThat(f.permanent()).isTrue();
        assertThat(f.lastError()).contains("400").doesNotContain(stranger.value());
      });
    }
  }
}
