package dk.workbench.clients.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.clients.benefits.BenefitsClient;
import dk.workbench.clients.cases.CasesClient;
import dk.workbench.clients.testing.SandboxFixture;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.benefits.Grant;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.cases.CaseSummary;
import dk.workbench.contracts.cases.Sensitivity;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.http.NotFoundException;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.Facts;
import dk.workbench.rules.RulesEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * The cases, benefits and decisions clients against the real sandbox over loopback; every request
 * and answer is validated against the three OpenAPI files.
 */
class ClientsOnSandboxTest {
  private static SandboxFixture fixture;
  private static CasesClient cases;
  private static BenefitsClient benefits;
  private static DecisionsClient decisions;

  @BeforeAll
  static void start() {
    fixture = new SandboxFixture("openapi/cases.openapi.yaml", "openapi/benefits.openapi.yaml",
        "openapi/decisions.openapi.yaml");
    var endpoint = fixture.endpoint(StaffRole.CASEWORKER);
    cases = new CasesClient(endpoint);
    benefits = new BenefitsClient(endpoint);
    decisions = new DecisionsClient(endpoint);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void readsEveryArchetypePersonsCasesGrantsPaymentsAndDecisions() throws Exception {
    int decisionsRead = 0;
    for (ArchetypeEntry a : fixture.server().population().archetypes()) {
      CprNumber cpr = CprNumber.parse(a.cpr(), LocalDate.now());
      for (CaseSummary c : cases.listCases(cpr, null, null)) {
        assertThat(cases.getCase(c.caseNumber()).caseNumber()).isEqualTo(c.caseNumber());
      }
      List<Grant> grants = benefits.listGrants(cpr);
      List<Payment> payments = benefits.listPayments(cpr, LocalDate.of(2025, 1, 1), null);
      assertThat(payments).allSatisfy(p -> assertThat(grants).extracting(Grant::id).contains(p.grantId()));
      for (var s : decisions.listDecisions(cpr, null)) {
        assertThat(decisions.getDecision(s.id()).result()).isEqualTo(s.result());
        decisionsRead++;
      }
    }
    assertThat(decisionsRead).isPositive();
    assertThat(fixture.contract().violations()).isEmpty();
    assertThat(fixture.contract().validatedExchanges()).isGreaterThan(30);
  }

  @Test
  void recomputingWrongDecisionsFromTheirFactsCatchesThem() throws Exception {
    var plain = ApiEndpoint.of(fixture.server().baseUrl(), HttpClients.newClient(HttpSettings.defaults()));
    ArchetypeEntry[] listing = plain.jsonCall().execute(new Request.Builder()
        .url(plain.url("sandbox/v1/archetypes").build()).get().build(), ArchetypeEntry[].class);
    int checked = 0;
    for (ArchetypeEntry entry : listing) {
      if (entry.archetype().equals("wrong-decision") && checked < 10) {
        Decision d = decisions.getDecision(entry.decisionId());
        Explanation ours = recompute(d);
        BigDecimal served = d.result().quarterly() != null ? d.result().quarterly() : d.result().annual();
        BigDecimal recomputed = ours.result().quarterly().or(() -> ours.result().annual()).orElseThrow();
        assertThat(recomputed).as(entry.description()).isNotEqualByComparingTo(served);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(10);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void aCallAgentSeesSensitiveCasesRestrictedAndCannotOpenThem() throws Exception {
    CasesClient asAgent = new CasesClient(fixture.endpoint(StaffRole.CALL_AGENT));
    for (Person p : fixture.server().population().persons()) {
      CprNumber cpr = CprNumber.parse(p.personnummer(), LocalDate.now());
      for (CaseSummary c : asAgent.listCases(cpr, null, null)) {
        if (c.sensitivity() != Sensitivity.NORMAL) {
          assertThat(c.restricted()).isTrue();
          assertThat(c.title()).isNull();
          assertThatThrownBy(() -> asAgent.getCase(c.caseNumber()))
              .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.status()).isEqualTo(403));
          assertThat(cases.getCase(c.caseNumber()).title()).isNotBlank();
          assertThat(fixture.contract().violations()).isEmpty();
          return;
        }
      }
    }
    throw new AssertionError("no sensitive case found");
  }

  @Test
  void unknownIdsAndBadWindowsAreTypedErrors() throws Exception {
    CprNumber cpr = CprNumber.parse(fixture.server().population().persons().get(0).personnummer(), LocalDate.now());
    assertThatThrownBy(() -> decisions.getDecision("UDK-FP-2026-0000000")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> cases.getCase("K751-2025-0000000")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> benefits.listPayments(cpr, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThat(fixture.contract().violations()).isEmpty();
  }

  /** A decision recomputed from its facts with the standard rates, as the workbench does. */
  static Explanation recompute(Decision d) throws Exception {
    return RulesEngine.standard().explain(Facts.parse(d.facts().toString()));
  }
}
