package dk.workbench.service.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.cache.Outbox;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.benefits.BenefitsClient;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.rules.RulesEngine;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.service.outbox.OutboxDeliveries;
import dk.workbench.service.outbox.OutboxSender;
import dk.workbench.service.outbox.OutboxWrites;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Send til supervisor" as wired with a local cache: queued in the durable outbox, delivered once. */
class SupervisorReportsTest {
  @TempDir Path dir;

  @Test
  void aDiscrepancyIsQueuedInTheOutboxAndDeliveredOnceAsAnInteraction() throws Exception {
    CacheLocation location = CacheLocation.inDirectory(dir);
    try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults());
        CacheDatabase db = CacheDatabase.open(location, KeyFileProvider.at(location), Clock.systemUTC())) {
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.CALL_AGENT, null);
      ApiEndpoint endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
      InteractionsClient interactions = new InteractionsClient(endpoint);
      Outbox outbox = new Outbox(db);
      AtomicInteger wakeUps = new AtomicInteger();
      var workspace = new DecisionWorkspace(new DecisionsClient(endpoint), new BenefitsClient(endpoint),
          RulesEngine.standard(), SupervisorReports.outbox(new OutboxWrites(db, outbox), wakeUps::incrementAndGet),
          Clock.systemUTC());
      JsonNode wrong = wrongDecision(sandbox);
      CprNumber cpr = CprNumber.parse(wrong.get("cpr").asText());
      String id = wrong.get("decisionId").asText();

      workspace.sendToSupervisor(cpr, workspace.open(id));

      assertThat(outbox.pendingCount()).as("queued, not yet sent").isEqualTo(1);
      assertThat(wakeUps).hasValue(1);
      var sender = new OutboxSender(outbox, java.util.Map.of(OutboxWrites.INTERACTION, OutboxDeliveries.interactions(interactions)), Clock.systemUTC());
      assertThat(sender.deliverOnce()).isEqualTo(new OutboxSender.Report(1, 0, 0));
      assertThat(interactions.interactions(cpr)).filteredOn(i -> i.notes() != null && i.notes().contains(id)).hasSize(1);
      assertThat(outbox.pendingCount()).isZero();
    }
  }

  private static JsonNode wrongDecision(SandboxServer sandbox) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/v1/archetypes")).build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode entry : new ObjectMapper().readTree(answer.body())) {
      if (entry.path("archetype").asText().equals("wrong-decision")) {
        return entry;
      }
    }
    throw new AssertionError("no wrong decision listed");
  }
}
