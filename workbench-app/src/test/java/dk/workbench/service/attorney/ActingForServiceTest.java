package dk.workbench.service.attorney;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.cache.ConsentTable;
import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.clients.accesslog.AccessLogQuery;
import dk.workbench.clients.fuldmagt.FuldmagtClient;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.fuldmagt.CheckReason;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.contracts.fuldmagt.PartyType;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.fuldmagt.PowerOrigin;
import dk.workbench.contracts.fuldmagt.PowerStatus;
import dk.workbench.domain.Purpose;
import dk.workbench.sandbox.fuldmagt.PowersOfAttorney;
import dk.workbench.service.SandboxBackend;
import dk.workbench.service.TestClock;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.overview.Section;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acting-for sessions against the real sandbox (powers, check API, access log) and a real SQLite audit log. */
class ActingForServiceTest {
  @TempDir static Path cache;
  static SandboxBackend backend;
  static final TestClock CLOCK = TestClock.now();
  ActingForService service;

  @BeforeAll
  static void start() {
    backend = new SandboxBackend(StaffRole.CASEWORKER, cache, CLOCK);
  }

  @AfterAll
  static void stop() {
    backend.close();
  }

  @BeforeEach
  void setUp() {
    CLOCK.set(java.time.Instant.now());
    service = new ActingForService(new FuldmagtClient(backend.endpoint),
        VerbalConsentStore.in(new ConsentTable(backend.db)), backend.recorder, CLOCK, "test-user");
  }

  /** A power between two persons, the only one between them, as of today, that fits. */
  private PowerOfAttorney power(Predicate<PowerOfAttorney> fits) {
    LocalDate today = LocalDate.now(CLOCK);
    PowersOfAttorney all = backend.powers();
    return all.all().stream()
        .filter(p -> p.grantee().type() == PartyType.PERSON)
        .filter(p -> all.grantedBy(p.grantor().cpr()).stream()
            .filter(o -> o.grantee().identifier().equals(p.grantee().identifier())).count() == 1)
        .map(p -> PowersOfAttorney.asOf(p, today))
        .filter(fits)
        .findFirst().orElseThrow();
  }

  @Test
  void aValidPowerCoversOnlyTheSectionsOfItsPrivileges() throws Exception {
    PowerOfAttorney power = power(p -> p.status() == PowerStatus.ACTIVE && p.origin() == PowerOrigin.DIGITAL
        && !p.privileges().contains(FuldmagtPrivilege.READ_CASES)
        && p.privileges().contains(FuldmagtPrivilege.READ_DIGITAL_POST));

    SessionStart start = service.startWithPower(backend.grantee(power), backend.person(power.grantor().cpr()),
        Purpose.PERSONAL_ATTENDANCE);

    assertThat(start).isInstanceOf(SessionStart.Started.class);
    ActingForSession session = ((SessionStart.Started) start).session();
    assertThat(session.basis().id()).isEqualTo(power.id());
    assertThat(((Basis.Power) session.basis()).validTo()).isEqualTo(power.validTo());
    assertThat(session.covered()).contains(Section.PERSON, Section.POWERS_OF_ATTORNEY, Section.DIGITAL_POST)
        .doesNotContain(Section.CASES, Section.DEADLINES);
    assertThat(session.hidden()).containsEntry(Section.CASES, CheckReason.PRIVILEGE_NOT_GRANTED);
    assertThat(session.state(CLOCK.instant())).isEqualTo(ActingForSession.State.ACTIVE);
  }

  @Test
  void anExpiredPowerBlocksWithTheReason() throws Exception {
    PowerOfAttorney expired = power(p -> p.status() == PowerStatus.EXPIRED);

    SessionStart start = service.startWithPower(backend.grantee(expired), backend.person(expired.grantor().cpr()),
        Purpose.TELEPHONE_ENQUIRY);

    assertThat(start).isEqualTo(new SessionStart.Blocked(CheckReason.EXPIRED, expired.id(),
        ((SessionStart.Blocked) start).detail()));
  }

  @Test
  void aRevokedPowerAndNoPowerAtAllBlock() throws Exception {
    PowerOfAttorney revoked = power(p -> p.status() == PowerStatus.REVOKED);

    SessionStart r = service.startWithPower(backend.grantee(revoked), backend.person(revoked.grantor().cpr()),
        Purpose.TELEPHONE_ENQUIRY);
    SessionStart none = service.startWithPower(backend.person(backend.archetype("single-pensioner")),
        backend.person(backend.archetype("family-with-children")), Purpose.TELEPHONE_ENQUIRY);

    assertThat(r).extracting(s -> ((SessionStart.Blocked) s).reason()).isEqualTo(CheckReason.REVOKED);
    assertThat(none).extracting(s -> ((SessionStart.Blocked) s).reason()).isEqualTo(CheckReason.NO_POWER);
  }

  @Test
  void everyActionInASessionProducesAnOnBehalfOfEntryInTheAuditLogAndTheAccessLog() throws Exception {
    PowerOfAttorney power = power(p -> p.status() == PowerStatus.ACTIVE
        && p.privileges().containsAll(EnumSet.allOf(FuldmagtPrivilege.class)));
    Person actor = backend.grantee(power);
    Person citizen = backend.person(power.grantor().cpr());
    int before = backend.auditEntries().size();

    ActingForSession session = ((SessionStart.Started) service.startWithPower(actor, citizen, Purpose.CASEWORK))
        .session();
    service.record(session, new AccessRecorder.Activity("OPEN_CASE", AccessAction.READ, List.of(DataCategory.CASES), null),
        Set.of(Section.CASES));
    service.record(session, new AccessRecorder.Activity("PRINT", AccessAction.PRINT, null, null),
        Set.of(Section.BENEFITS));

    List<Map<String, Object>> audit = backend.auditEntries().subList(before, before + 3);
    assertThat(audit).extracting(e -> e.get("action")).containsExactly("SESSION_START", "OPEN_CASE", "PRINT");
    String expected = actor.cpr().value() + " on behalf of " + citizen.cpr().value() + " (fuldmagt " + power.id();
    assertThat(audit).allSatisfy(e -> {
      assertThat((String) e.get("onBehalfOf")).startsWith(expected);
      assertThat(e.get("basisId")).isEqualTo(power.id());
      assertThat(e.get("representative")).isEqualTo(actor.cpr().value());
    });
    List<AccessLogEntry> log = new AccessLogClient(backend.endpoint).entries(citizen.cpr(), AccessLogQuery.firstPage(3))
        .entries();
    assertThat(log).allSatisfy(e -> {
      assertThat(e.onBehalfOf().cpr()).isEqualTo(actor.cpr().value());
      assertThat(e.onBehalfOf().powerId()).isEqualTo(power.id());
      assertThat(e.system()).isEqualTo("Citizen Workbench");
    });
    assertThat(log).extracting(AccessLogEntry::action).containsExactlyInAnyOrder(AccessAction.PRINT, AccessAction.READ,
        AccessAction.READ);
  }

  @Test
  void aPowerExpiringDuringTheSessionWarnsThenBlocks() throws Exception {
    PowerOfAttorney power = power(p -> p.status() != PowerStatus.REVOKED && p.status() != PowerStatus.REQUESTED
        && p.validTo() != null && p.validTo().isBefore(LocalDate.now(CLOCK))
        && p.privileges().contains(FuldmagtPrivilege.READ_BENEFITS));
    // (a day gone by: the access log takes no entries from the future)
    CLOCK.set(power.validTo().atTime(LocalTime.of(23, 40)).atZone(TestClock.DK).toInstant());
    ActingForSession session = ((SessionStart.Started) service.startWithPower(backend.grantee(power),
        backend.person(power.grantor().cpr()), Purpose.TELEPHONE_ENQUIRY)).session();
    assertThat(service.state(session)).isEqualTo(ActingForSession.State.ACTIVE);

    CLOCK.advance(Duration.ofMinutes(6));
    assertThat(service.state(session)).isEqualTo(ActingForSession.State.EXPIRING);
    assertThat(session.remaining(CLOCK.instant())).isEqualTo(Duration.ofMinutes(14));
    service.record(session, new AccessRecorder.Activity("READ", AccessAction.READ, null, null), Set.of(Section.BENEFITS));

    CLOCK.advance(Duration.ofMinutes(15));
    int before = backend.auditEntries().size();
    assertThat(service.state(session)).isEqualTo(ActingForSession.State.ENDED);
    assertThatThrownBy(() -> service.record(session, new AccessRecorder.Activity("READ", AccessAction.READ, null, null),
        Set.of(Section.BENEFITS)))
        .isInstanceOfSatisfying(SessionBlockedException.class,
            e -> assertThat(e.reason()).isEqualTo(SessionBlockedException.Reason.BASIS_ENDED));
    assertThat(backend.auditEntries()).as("nothing recorded once blocked").hasSize(before);
  }

  @Test
  void aPowerRevokedMidSessionBlocksBeforeTheNextActionAndAtTheNextRecheck() throws Exception {
    PowerOfAttorney power = power(p -> p.status() == PowerStatus.ACTIVE && p.origin() == PowerOrigin.DIGITAL
        && p.privileges().containsAll(EnumSet.of(FuldmagtPrivilege.READ_CASES, FuldmagtPrivilege.READ_BENEFITS))
        && !p.privileges().contains(FuldmagtPrivilege.ACT));
    ActingForSession acting = ((SessionStart.Started) service.startWithPower(backend.grantee(power),
        backend.person(power.grantor().cpr()), Purpose.TELEPHONE_ENQUIRY)).session();
    ActingForSession idle = ((SessionStart.Started) service.startWithPower(backend.grantee(power),
        backend.person(power.grantor().cpr()), Purpose.TELEPHONE_ENQUIRY)).session();
    AccessRecorder.Activity read = new AccessRecorder.Activity("READ", AccessAction.READ, null, null);
    assertThat(service.recheck(idle)).isEmpty();
    service.record(acting, read, Set.of(Section.BENEFITS));

    revoke(power.id());
    int before = backend.auditEntries().size();

    assertThatThrownBy(() -> service.record(acting, read, Set.of(Section.CASES)))
        .isInstanceOfSatisfying(SessionBlockedException.class,
            e -> assertThat(e.reason()).isEqualTo(SessionBlockedException.Reason.WITHDRAWN));
    assertThat(backend.auditEntries()).as("nothing recorded once revoked").hasSize(before);
    assertThat(service.state(idle)).as("not yet re-checked").isEqualTo(ActingForSession.State.ACTIVE);
    assertThat(service.recheck(idle)).contains(CheckReason.REVOKED);
    assertThat(service.state(idle)).isEqualTo(ActingForSession.State.ENDED);
    assertThat(service.withdrawal(acting)).contains(CheckReason.REVOKED);
    assertThatThrownBy(() -> service.record(idle, read, Set.of(Section.POWERS_OF_ATTORNEY)))
        .isInstanceOf(SessionBlockedException.class);
    // the panels gated at the service: nothing fetched, nothing recorded
    var accessLog = new dk.workbench.service.accesslog.AccessLogService(new AccessLogClient(backend.endpoint),
        backend.recorder, CLOCK, service);
    assertThatThrownBy(() -> accessLog.page(idle, idle.citizen().cpr(),
        dk.workbench.service.accesslog.AccessLogFilter.NONE, 0, 10, false))
        .isInstanceOfSatisfying(SessionBlockedException.class,
            e -> assertThat(e.reason()).isEqualTo(SessionBlockedException.Reason.WITHDRAWN));
    assertThatThrownBy(() -> accessLog.recordView(idle.citizen().cpr(), Purpose.TELEPHONE_ENQUIRY, idle))
        .isInstanceOf(SessionBlockedException.class);
    var post = new dk.workbench.service.digitalpost.DigitalPostService(
        new dk.workbench.clients.digitalpost.DigitalPostClient(backend.endpoint), service, StaffRole.CASEWORKER, CLOCK);
    assertThat(post.access(idle).refusal()).isEqualTo(dk.workbench.service.digitalpost.PostAccess.Refusal.BASIS_ENDED);
    assertThat(backend.auditEntries()).hasSize(before);
  }

  /** Revokes the power from today in the running sandbox (its control endpoint). */
  private static void revoke(String powerId) throws Exception {
    var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        backend.server.baseUrl().resolve("sandbox/v1/powers/" + powerId + "/revoke"))
        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void aSectionOutsideTheMandateIsRefused() throws Exception {
    PowerOfAttorney power = power(p -> p.status() == PowerStatus.ACTIVE && p.origin() == PowerOrigin.DIGITAL
        && !p.privileges().contains(FuldmagtPrivilege.READ_CASES));
    ActingForSession session = ((SessionStart.Started) service.startWithPower(backend.grantee(power),
        backend.person(power.grantor().cpr()), Purpose.TELEPHONE_ENQUIRY)).session();

    assertThatThrownBy(() -> service.record(session, new AccessRecorder.Activity("READ", AccessAction.READ, null, null),
        Set.of(Section.CASES)))
        .isInstanceOfSatisfying(SessionBlockedException.class,
            e -> assertThat(e.reason()).isEqualTo(SessionBlockedException.Reason.NOT_COVERED));
  }

  @Test
  void aVerbalConsentIsCheckedStoredEncryptedLoggedAndActsLikeAPower() throws Exception {
    Person citizen = backend.person(backend.archetype("single-pensioner"));
    Person daughter = backend.person(backend.archetype("family-with-children"));
    Set<FuldmagtPrivilege> what = EnumSet.of(FuldmagtPrivilege.READ_DIGITAL_POST);

    assertThatThrownBy(() -> service.recordConsent(daughter, citizen, "datter", what, "hjælp med post",
        Duration.ofDays(200), Purpose.PERSONAL_ATTENDANCE)).hasMessageContaining("at most six months");
    assertThatThrownBy(() -> service.recordConsent(daughter, citizen, " ", what, "hjælp", Duration.ofDays(1),
        Purpose.PERSONAL_ATTENDANCE)).hasMessageContaining("relation");
    VerbalConsent consent = service.recordConsent(daughter, citizen, "datter", what, "hjælp med post",
        Duration.ofDays(30), Purpose.PERSONAL_ATTENDANCE);

    assertThat(service.validConsents(citizen.cpr())).extracting(VerbalConsent::id).contains(consent.id());
    ActingForSession session = service.startWithConsent(daughter, citizen, consent, Purpose.PERSONAL_ATTENDANCE);
    assertThat(session.covered()).contains(Section.DIGITAL_POST).doesNotContain(Section.BENEFITS, Section.CASES);
    assertThat(session.hidden()).containsEntry(Section.BENEFITS, CheckReason.PRIVILEGE_NOT_GRANTED);
    List<Map<String, Object>> audit = backend.auditEntries();
    Map<String, Object> recorded = audit.get(audit.size() - 2);
    assertThat(recorded.get("action")).isEqualTo("CONSENT_RECORDED");
    assertThat((String) recorded.get("detail")).contains("datter").contains("hjælp med post");
    assertThat((String) audit.get(audit.size() - 1).get("onBehalfOf")).contains("mundtligt samtykke " + consent.id());
    byte[] stored = backend.db.read(c -> {
      try (var rs = c.createStatement().executeQuery("SELECT payload FROM verbal_consent")) {
        rs.next();
        return rs.getBytes(1);
      }
    });
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).as("stored encrypted")
        .doesNotContain("datter").doesNotContain(citizen.cpr().value());
  }
}
