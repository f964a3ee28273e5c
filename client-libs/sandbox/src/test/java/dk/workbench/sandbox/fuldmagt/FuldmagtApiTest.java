package dk.workbench.sandbox.fuldmagt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.fuldmagt.CheckReason;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.PartyType;
import dk.workbench.contracts.fuldmagt.PowerCheckResult;
import dk.workbench.contracts.fuldmagt.PowerList;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.fuldmagt.PowerOrigin;
import dk.workbench.contracts.fuldmagt.PowerStatus;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Http;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The powers-of-attorney API over real HTTP, and the powers' consistency with the population. */
class FuldmagtApiTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();
  private static SandboxServer server;
  private static Population population;
  private static PowersOfAttorney powers;
  private static Http http;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    population = server.population();
    powers = PowersOfAttorney.of(population);
    http = Http.staff(server.baseUrl(), "CALL_AGENT");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyStatusAndEveryOriginOccurs() {
    LocalDate today = LocalDate.now();
    Set<PowerStatus> statuses = powers.all().stream().map(p -> PowersOfAttorney.asOf(p, today).status())
        .collect(Collectors.toSet());
    Set<PowerOrigin> origins = powers.all().stream().map(PowerOfAttorney::origin).collect(Collectors.toSet());

    assertThat(statuses).containsExactlyInAnyOrder(PowerStatus.values());
    assertThat(origins).containsExactlyInAnyOrder(PowerOrigin.values());
  }

  @Test
  void guardianshipArchetypesHaveAPowerToTheirGuardian() throws Exception {
    for (String cpr : archetypes(Archetype.UNDER_GUARDIANSHIP)) {
      Person ward = population.find(cpr).orElseThrow();
      List<PowerOfAttorney> list = list("grantor=" + cpr);
      assertThat(list).singleElement().satisfies(p -> {
        assertThat(p.origin()).isEqualTo(PowerOrigin.GUARDIANSHIP);
        assertThat(p.status()).isEqualTo(PowerStatus.ACTIVE);
        assertThat(p.grantee().name()).isEqualTo(ward.persondata().umyndiggoerelse().vaergenavn());
        assertThat(p.privileges()).containsExactly(FuldmagtPrivilege.values());
        assertThat(p.validFrom()).isEqualTo(ward.persondata().umyndiggoerelse().startdato());
      });
    }
  }

  @Test
  void aLawOfficeGuardianIsFoundByItsCvrNumber() throws Exception {
    PowerOfAttorney office = powers.all().stream()
        .filter(p -> p.grantee().type() == PartyType.ORGANISATION).findFirst().orElseThrow();
    assertThat(Cvr.isValid(office.grantee().cvr())).isTrue();
    assertThat(list("grantee=" + office.grantee().cvr())).extracting(PowerOfAttorney::id).contains(office.id());
  }

  @Test
  void childrenHaveCustodyPowersToTheirCustodyHoldersUntilEighteen() throws Exception {
    for (String cpr : archetypes(Archetype.SHARED_CUSTODY)) {
      Person child = population.find(cpr).orElseThrow();
      List<PowerOfAttorney> list = list("grantor=" + cpr);
      assertThat(list).extracting(p -> p.grantee().cpr()).containsExactlyInAnyOrderElementsOf(
          child.relationer().foraeldremyndighed().stream().map(f -> f.personnummer()).toList());
      assertThat(list).allSatisfy(p -> {
        assertThat(p.origin()).isEqualTo(PowerOrigin.PARENTAL_CUSTODY);
        assertThat(p.validTo()).isEqualTo(child.persondata().foedselsdato().plusYears(18).minusDays(1));
      });
    }
  }

  @Test
  void exemptFromDigitalPostArchetypesHaveAGeneralPowerToAPerson() throws Exception {
    for (String cpr : archetypes(Archetype.EXEMPT_DIGITAL_POST)) {
      assertThat(list("grantor=" + cpr)).isNotEmpty().allSatisfy(p -> {
        assertThat(p.origin()).isIn(PowerOrigin.PAPER_GENERAL, PowerOrigin.DIGITAL);
        assertThat(p.grantee().type()).isEqualTo(PartyType.PERSON);
        assertThat(p.grantee().cpr()).isNotEqualTo(cpr);
        assertThat(population.find(p.grantee().cpr())).isPresent();
      });
    }
  }

  @Test
  void listByGranteeAndByIdAgree() throws Exception {
    PowerOfAttorney any = powers.all().get(0);
    List<PowerOfAttorney> held = list("grantee=" + any.grantee().identifier());
    HttpResponse<String> one = http.get("fuldmagt/v1/powers/" + any.id());

    assertThat(held).extracting(PowerOfAttorney::id).contains(any.id());
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readValue(one.body(), PowerOfAttorney.class).id()).isEqualTo(any.id());
    assertThat(list("grantor=" + any.grantor().cpr() + "&grantee=" + any.grantee().identifier()))
        .allSatisfy(p -> assertThat(p.grantee().identifier()).isEqualTo(any.grantee().identifier()));
  }

  @Test
  void checkGivesAClearReasonForEveryStatus() throws Exception {
    LocalDate today = LocalDate.now();
    PowerOfAttorney active = find(p -> p.origin() == PowerOrigin.DIGITAL && p.status() == PowerStatus.ACTIVE
        && (p.validTo() == null || !p.validTo().isBefore(today)) && !p.privileges().contains(FuldmagtPrivilege.ACT)
        && !p.validFrom().isAfter(today));
    PowerOfAttorney revoked = find(p -> p.status() == PowerStatus.REVOKED
        && (p.validTo() == null || !p.revokedOn().isAfter(p.validTo())));
    PowerOfAttorney expired = find(p -> p.status() == PowerStatus.ACTIVE && p.origin() == PowerOrigin.DIGITAL
        && p.validTo() != null && p.validTo().isBefore(today));
    PowerOfAttorney requested = find(p -> p.status() == PowerStatus.REQUESTED);

    assertCheck(active, FuldmagtPrivilege.READ_BENEFITS, null, CheckReason.ALLOWED, true);
    assertCheck(active, FuldmagtPrivilege.ACT, null, CheckReason.PRIVILEGE_NOT_GRANTED, false);
    assertCheck(active, FuldmagtPrivilege.READ_BENEFITS, active.validFrom().minusDays(1), CheckReason.NOT_YET_VALID,
        false);
    assertCheck(revoked, FuldmagtPrivilege.READ_BENEFITS, null, CheckReason.REVOKED, false);
    assertCheck(revoked, FuldmagtPrivilege.READ_BENEFITS, revoked.revokedOn().minusDays(1), CheckReason.ALLOWED, true);
    assertCheck(expired, FuldmagtPrivilege.READ_BENEFITS, null, CheckReason.EXPIRED, false);
    assertCheck(requested, FuldmagtPrivilege.READ_BENEFITS, null, CheckReason.PENDING, false);

    PowerCheckResult none = check(active.grantor().cpr(), active.grantor().cpr(), FuldmagtPrivilege.READ_CASES, null);
    assertThat(none.allowed()).isFalse();
    assertThat(none.reason()).isEqualTo(CheckReason.NO_POWER);
    assertThat(none.powerId()).isNull();
  }

  @Test
  void aPowerRevokedAtRunTimeIsRevokedFromTodayInThatSandboxOnly() throws Exception {
    LocalDate today = LocalDate.now();
    PowerOfAttorney active = find(p -> p.origin() == PowerOrigin.DIGITAL && p.status() == PowerStatus.ACTIVE
        && (p.validTo() == null || !p.validTo().isBefore(today)) && !p.validFrom().isAfter(today)
        && p.privileges().contains(FuldmagtPrivilege.READ_BENEFITS));
    try (SandboxServer other = SandboxServer.start(SandboxConfig.defaults().withPort(0), population)) {
      Http otherHttp = Http.staff(other.baseUrl(), "CALL_AGENT");
      String check = "{\"grantor\":\"" + active.grantor().cpr() + "\",\"grantee\":\"" + active.grantee().identifier()
          + "\",\"privilege\":\"" + FuldmagtPrivilege.READ_BENEFITS.urn() + "\"}";
      assertThat(MAPPER.readValue(otherHttp.post("fuldmagt/v1/check", check).body(), PowerCheckResult.class).allowed())
          .isTrue();

      HttpResponse<String> revoked = new Http(other.baseUrl()).post("sandbox/v1/powers/" + active.id() + "/revoke", "");

      assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
      PowerOfAttorney now = MAPPER.readValue(revoked.body(), PowerOfAttorney.class);
      assertThat(now.status()).isEqualTo(PowerStatus.REVOKED);
      assertThat(now.revokedOn()).isEqualTo(today);
      PowerCheckResult after = MAPPER.readValue(otherHttp.post("fuldmagt/v1/check", check).body(),
          PowerCheckResult.class);
      assertThat(after.allowed()).isFalse();
      assertThat(after.reason()).isEqualTo(CheckReason.REVOKED);
      assertThat(MAPPER.readValue(otherHttp.get("fuldmagt/v1/powers/" + active.id()).body(), PowerOfAttorney.class)
          .status()).isEqualTo(PowerStatus.REVOKED);
      assertThat(new Http(other.baseUrl()).post("sandbox/v1/powers/no-such-id/revoke", "").statusCode())
          .isEqualTo(404);
    }
    assertCheck(active, FuldmagtPrivilege.READ_BENEFITS, null, CheckReason.ALLOWED, true); // this sandbox: untouched
  }

  @Test
  void badQueriesAndBodiesAreBadRequestsWithoutTheCprNumber() {
    String cpr = powers.all().get(0).grantor().cpr();
    assertThat(http.get("fuldmagt/v1/powers").statusCode()).isEqualTo(400);
    assertThat(http.get("fuldmagt/v1/powers?grantor=12345").statusCode()).isEqualTo(400);
    assertThat(http.get("fuldmagt/v1/powers?grantee=abc").statusCode()).isEqualTo(400);
    assertThat(http.get("fuldmagt/v1/powers/no-such-id").statusCode()).isEqualTo(404);
    HttpResponse<String> unknownPrivilege = http.post("fuldmagt/v1/check",
        "{\"grantor\":\"" + cpr + "\",\"grantee\":\"" + cpr + "\",\"privilege\":\"urn:dk:workbench:privilege:fly\"}");
    assertThat(unknownPrivilege.statusCode()).isEqualTo(400);
    assertThat(unknownPrivilege.body()).contains("privilege").doesNotContain(cpr);
    assertThat(http.post("fuldmagt/v1/check", "{\"grantor\":\"" + cpr + "\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void statusesComeFromTheDayAsked() {
    PowerOfAttorney custody = find(p -> p.origin() == PowerOrigin.PARENTAL_CUSTODY);
    assertThat(PowersOfAttorney.asOf(custody, custody.validTo()).status()).isEqualTo(PowerStatus.ACTIVE);
    assertThat(PowersOfAttorney.asOf(custody, custody.validTo().plusDays(1)).status()).isEqualTo(PowerStatus.EXPIRED);
    PowerOfAttorney revoked = find(p -> p.status() == PowerStatus.REVOKED);
    assertThat(PowersOfAttorney.asOf(revoked, LocalDate.of(2100, 1, 1)).status()).isEqualTo(PowerStatus.REVOKED);
    assertThat(PowersOfAttorney.of(Population.generate(Population.DEFAULT_SEED))).isEqualTo(powers);
  }

  private static void assertCheck(PowerOfAttorney p, FuldmagtPrivilege privilege, LocalDate at, CheckReason reason,
      boolean allowed) throws Exception {
    PowerCheckResult result = check(p.grantor().cpr(), p.grantee().identifier(), privilege, at);
    assertThat(result.reason()).as(p.status() + " " + privilege + " at " + at).isEqualTo(reason);
    assertThat(result.allowed()).isEqualTo(allowed);
    assertThat(result.powerId()).isEqualTo(p.id());
    assertThat(result.detail()).isNotBlank().doesNotContain(p.grantor().cpr());
  }

  private static PowerCheckResult check(String grantor, String grantee, FuldmagtPrivilege privilege, LocalDate at)
      throws Exception {
    String body = "{\"grantor\":\"" + grantor + "\",\"grantee\":\"" + grantee + "\",\"privilege\":\""
        + privilege.urn() + "\"" + (at == null ? "" : ",\"at\":\"" + at + "\"") + "}";
    HttpResponse<String> response = http.post("fuldmagt/v1/check", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return MAPPER.readValue(response.body(), PowerCheckResult.class);
  }

  private static List<PowerOfAttorney> list(String query) throws Exception {
    HttpResponse<String> response = http.get("fuldmagt/v1/powers?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return MAPPER.readValue(response.body(), PowerList.class).powers();
  }

  /** A power between a pair that has no other power (so the check's answer rests on this one). */
  private static PowerOfAttorney find(java.util.function.Predicate<PowerOfAttorney> condition) {
    return powers.all().stream().filter(condition)
        .filter(p -> powers.grantedBy(p.grantor().cpr()).stream()
            .filter(q -> q.grantee().identifier().equals(p.grantee().identifier())).count() == 1)
        .findFirst().orElseThrow();
  }

  private static List<String> archetypes(Archetype archetype) {
    return population.archetypes().stream().filter(a -> a.archetype().equals(archetype.id()))
        .map(a -> a.cpr()).toList();
  }
}
