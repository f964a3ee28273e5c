package dk.workbench.clients.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.clients.fuldmagt.FuldmagtClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.clients.testing.SandboxFixture;
import dk.workbench.contracts.accesslog.Actor;
import dk.workbench.contracts.accesslog.ActorType;
import dk.workbench.contracts.accesslog.NewAccessLogEntry;
import dk.workbench.contracts.accesslog.OnBehalfOf;
import dk.workbench.contracts.accesslog.Organisation;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.http.ApiException;
import dk.workbench.sandbox.fuldmagt.PowersOfAttorney;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.testing.RecordingLogs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No CPR number, name or interaction note reaches a log line (sandbox, http-support, clients) or
 * an exception message when the access-log, powers-of-attorney and interactions clients record,
 * read, replay, conflict and fail.
 */
class PersonalDataRedactionTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  private static final String NOTES = "Hr. Jensen ringede om sin mors pension.";
  private static final String EMPLOYEE = "Mette Kjærsgaard";

  @Test
  void recordsReadsAndFailuresLogNoPersonalData() throws Exception {
    RecordingLogs.clear();
    List<String> secrets = new ArrayList<>(List.of(NOTES, EMPLOYEE));
    List<String> messages = new ArrayList<>();
    try (SandboxFixture fixture = new SandboxFixture("openapi/accesslog.openapi.yaml", "openapi/fuldmagt.openapi.yaml",
        "openapi/interactions.openapi.yaml")) {
      var endpoint = fixture.endpoint(StaffRole.CASEWORKER);
      AccessLogClient log = new AccessLogClient(endpoint);
      FuldmagtClient fuldmagt = new FuldmagtClient(endpoint);
      InteractionsClient interactions = new InteractionsClient(endpoint);
      String wardCpr = fixture.server().population().archetypes().stream()
          .filter(a -> a.archetype().equals(Archetype.UNDER_GUARDIANSHIP.id())).reduce((a, b) -> b).orElseThrow().cpr();
      CprNumber ward = CprNumber.parse(wardCpr, TODAY);
      PowerOfAttorney power = PowersOfAttorney.of(fixture.server().population()).grantedBy(wardCpr).get(0);
      secrets.addAll(List.of(wardCpr, wardCpr.substring(0, 6), power.grantee().identifier(), power.grantee().name(),
          power.grantor().name()));

      NewAccessLogEntry entry = new NewAccessLogEntry(wardCpr, null,
          new Actor(ActorType.EMPLOYEE, new Organisation("Aarhus Kommune", "12345674"), "Borgerservice", EMPLOYEE,
              false), "Citizen Workbench", dk.workbench.contracts.accesslog.AccessAction.READ,
          List.of(dk.workbench.contracts.accesslog.DataCategory.CPR_BASIC),
          dk.workbench.contracts.accesslog.AccessPurpose.CITIZEN_INQUIRY,
          new dk.workbench.contracts.accesslog.LegalBasis("Vejledning", "Forvaltningsloven"),
          new OnBehalfOf(power.grantee().identifier(), power.id()), null);
      log.record(entry, "redaction-1");
      log.record(entry, "redaction-1");
      log.entries(ward, AccessLogQuery.firstPage(50));
      fuldmagt.grantedBy(ward);
      fuldmagt.check(ward, power.grantee().identifier(), FuldmagtPrivilege.ACT, null);
      NewInteraction call = new NewInteraction(null, InteractionChannel.PHONE, List.of(InteractionReason.PENSION),
          NOTES, InteractionOutcome.RESOLVED, null);
      interactions.record(ward, call, "redaction-2");
      interactions.interactions(ward);

      messages.add(failure(() -> log.record(new NewAccessLogEntry(wardCpr, null, entry.actor(), entry.system(),
          dk.workbench.contracts.accesslog.AccessAction.PRINT, entry.dataCategories(), entry.purpose(),
          entry.legalBasis(), null, null), "redaction-1")));
      messages.add(failure(() -> interactions.record(ward, new NewInteraction(null, InteractionChannel.PHONE,
          List.of(InteractionReason.PENSION), NOTES, InteractionOutcome.FOLLOW_UP_REQUIRED, null), "redaction-3")));
      CprNumber unknown = CprNumber.parse("0101010000", TODAY);
      messages.add(failure(() -> interactions.interactions(unknown)));
      messages.add(failure(() -> fuldmagt.power("no-such-power")));
    }
    secrets.add("0101010000");

    List<String> lines = RecordingLogs.lines();
    assertThat(lines).anyMatch(l -> l.contains("/accesslog/v1/entries"));
    assertThat(messages).hasSize(4).allSatisfy(m -> assertThat(m).isNotBlank());
    for (String secret : secrets) {
      assertThat(lines).as("log lines").noneMatch(l -> l.contains(secret));
      assertThat(messages).as("exception messages").noneMatch(m -> m.contains(secret));
    }
  }

  private interface Call {
    void run() throws ApiException;
  }

  private static String failure(Call call) {
    try {
      call.run();
    } catch (ApiException e) {
      return e.getMessage() + " " + e.problem().map(Object::toString).orElse("");
    }
    throw new AssertionError("the call should have failed");
  }
}
