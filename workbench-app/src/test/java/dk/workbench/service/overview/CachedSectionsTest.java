package dk.workbench.service.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.cache.CacheDatabase;
import dk.workbench.cache.CacheLocation;
import dk.workbench.cache.KeyFileProvider;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.benefits.BenefitsClient;
import dk.workbench.clients.cases.CasesClient;
import dk.workbench.clients.cpr.CprClient;
import dk.workbench.clients.digitalpost.DigitalPostClient;
import dk.workbench.clients.fuldmagt.FuldmagtClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.service.lookup.PersonLookupService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every section the real sandbox serves survives a trip through the encrypted cache unchanged. */
class CachedSectionsTest {
  @TempDir Path directory;

  @Test
  void everySectionOfARealOverviewReadsBackAsItWasWritten() throws Exception {
    try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults());
        CacheDatabase db = CacheDatabase.open(CacheLocation.inDirectory(directory),
            KeyFileProvider.at(CacheLocation.inDirectory(directory)), Clock.systemUTC())) {
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.CASEWORKER, null);
      ApiEndpoint endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
      List<SectionSource<?>> sources = new ArrayList<>();
      sources.add(new PersonLookupService(new CprClient(endpoint), Clock.systemUTC()));
      try (SideCalls side = new SideCalls()) {
        sources.addAll(BackendSections.of(new FuldmagtClient(endpoint), new CasesClient(endpoint),
            new BenefitsClient(endpoint), new DigitalPostClient(endpoint), new InteractionsClient(endpoint),
            Clock.systemUTC(), side));
        CprNumber cpr = CprNumber.parse(sandbox.population().archetypes().stream()
            .filter(e -> e.archetype().equals("family-with-children")).findFirst().orElseThrow().cpr());
        CachedSections cached = new CachedSections(db);
        Instant fetchedAt = Instant.parse("2026-11-30T08:00:00Z");

        for (SectionSource<?> source : sources) {
          Object data = source.fetch(cpr);
          cached.save(cpr, source.section(), data, fetchedAt);

          SectionStore.Stored back = cached.load(cpr, source.section()).orElseThrow(
              () -> new AssertionError(source.section() + " was not cached"));
          assertThat(back.data()).as(source.section().name()).isEqualTo(data);
          assertThat(back.fetchedAt()).isEqualTo(fetchedAt);
        }
        String name = ((dk.workbench.domain.PersonSummary) cached.load(cpr, Section.PERSON).orElseThrow().data()).fullName();
        assertThat(cached.citizens(10)).as("the cached citizen, for the recent list")
            .containsExactly(new SectionStore.Citizen(cpr, name, fetchedAt));

        cached.forget(cpr);
        assertThat(cached.load(cpr, Section.PERSON)).as("forgotten").isEmpty();
        assertThat(cached.citizens(10)).as("forgotten").isEmpty();
      }
    }
  }
}
