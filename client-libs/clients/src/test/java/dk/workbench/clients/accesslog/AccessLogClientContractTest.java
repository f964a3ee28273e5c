package dk.workbench.clients.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.clients.testing.SandboxFixture;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessLogPage;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.accesslog.NewAccessLogEntry;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.NotFoundException;
import dk.workbench.sandbox.population.Archetype;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link AccessLogClient} against the real sandbox over loopback, every exchange checked against accesslog.openapi.yaml. */
class AccessLogClientContractTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static SandboxFixture fixture;
  private static AccessLogClient client;
  private static CprNumber heavy;

  @BeforeAll
  static void start() throws Exception {
    fixture = new SandboxFixture("openapi/accesslog.openapi.yaml");
    client = new AccessLogClient(fixture.endpoint(StaffRole.CALL_AGENT));
    heavy = cpr(Archetype.HEAVY_HISTORY);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void everyFilterOfTheHeavyLogConformsToTheContract() throws Exception {
    AccessLogPage all = client.entries(heavy, AccessLogQuery.firstPage(100));
    AccessLogPage reads = client.entries(heavy, AccessLogQuery.firstPage(100).action(AccessAction.READ));
    AccessLogPage period = client.entries(heavy, AccessLogQuery.firstPage(100)
        .between(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)).organisation("Udbetaling Danmark"));
    AccessLogPage police = client.entries(heavy, AccessLogQuery.firstPage(200).purpose(AccessPurpose.INVESTIGATION));
    AccessLogPage deep = client.entries(heavy, AccessLogQuery.firstPage(100).page(1_234).purpose(AccessPurpose.PAYMENT));

    assertThat(all.totalEntries()).isEqualTo(1_000_000);
    assertThat(reads.entries()).hasSize(100).allSatisfy(e -> assertThat(e.action()).isEqualTo(AccessAction.READ));
    assertThat(period.entries()).isNotEmpty();
    assertThat(police.entries()).allSatisfy(e -> assertThat(e.actor().nameWithheld()).isTrue());
    assertThat(deep.entries()).hasSize(100);
    assertThat(fixture.contract().violations()).isEmpty();
    assertThat(fixture.contract().validatedExchanges()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theFreeTextSearchesTheWholeLogOnTheBackEnd() throws Exception {
    AccessLogPage pension = client.entries(heavy, AccessLogQuery.firstPage(100).text("folkepension"));
    AccessLogPage both = client.entries(heavy, AccessLogQuery.firstPage(100).text("FOLKEPENSION  read"));
    AccessLogPage deep = client.entries(heavy, AccessLogQuery.firstPage(100).text("folkepension").page(
        (int) (pension.totalEntries() / 100) - 1));
    AccessLogPage none = client.entries(heavy, AccessLogQuery.firstPage(10).text("no-such-word"));

    assertThat(pension.totalEntries()).isGreaterThan(10_000); // beyond the newest 10,000 the client once searched
    assertThat(pension.entries()).hasSize(100).allSatisfy(e -> assertThat(
        (e.legalBasis().text() + " " + e.system() + " " + e.actor().role()).toLowerCase()).contains("folkepension"));
    assertThat(both.totalEntries()).isPositive().isLessThan(pension.totalEntries());
    assertThat(both.entries()).allSatisfy(e -> assertThat(e.action()).isEqualTo(AccessAction.READ));
    assertThat(deep.entries()).isNotEmpty();
    assertThat(none.totalEntries()).isZero();
    assertThatThrownBy(() -> client.entries(heavy, AccessLogQuery.firstPage(10).text("x".repeat(201))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void everyArchetypesLogConformsToTheContract() throws Exception {
    for (var archetype : fixture.server().population().archetypes()) {
      AccessLogPage page = client.entries(CprNumber.parse(archetype.cpr(), TODAY), AccessLogQuery.firstPage(100));
      assertThat(page.entries()).hasSize((int) Math.min(100, page.totalEntries()));
    }
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void aRecordedAccessIsStoredOnceAndComesFirst() throws Exception {
    CprNumber cpr = cpr(Archetype.EXEMPT_DIGITAL_POST);
    NewAccessLogEntry entry = AccessLogClientTest.newEntry();
    entry = new NewAccessLogEntry(cpr.value(), null, entry.actor(), entry.system(), entry.action(),
        entry.dataCategories(), entry.purpose(), entry.legalBasis(), null, entry.correlationId());
    String key = UUID.randomUUID().toString();
    long before = client.entries(cpr, AccessLogQuery.firstPage(1)).totalEntries();

    AccessLogEntry first = client.record(entry, key);
    AccessLogEntry again = client.record(entry, key);

    assertThat(again).isEqualTo(first);
    AccessLogPage after = client.entries(cpr, AccessLogQuery.firstPage(1));
    assertThat(after.totalEntries()).isEqualTo(before + 1);
    assertThat(after.entries().get(0)).isEqualTo(first);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void aReusedKeyForAnotherAccessIsRefusedAndAnUnknownCitizenIsNotFound() throws Exception {
    CprNumber cpr = cpr(Archetype.DECEASED);
    NewAccessLogEntry read = AccessLogClientTest.newEntry();
    read = new NewAccessLogEntry(cpr.value(), null, read.actor(), read.system(), AccessAction.READ,
        read.dataCategories(), read.purpose(), read.legalBasis(), null, null);
    NewAccessLogEntry print = new NewAccessLogEntry(cpr.value(), null, read.actor(), read.system(), AccessAction.PRINT,
        read.dataCategories(), read.purpose(), read.legalBasis(), null, null);
    client.record(read, "contract-key-1");

    NewAccessLogEntry conflicting = print;
    assertThatThrownBy(() -> client.record(conflicting, "contract-key-1"))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThatThrownBy(() -> client.entries(CprNumber.parse("0101010000", TODAY), AccessLogQuery.firstPage(1)))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  private static CprNumber cpr(Archetype archetype) throws Exception {
    return CprNumber.parse(fixture.server().population().archetypes().stream()
        .filter(a -> a.archetype().equals(archetype.id())).findFirst().orElseThrow().cpr(), TODAY);
  }
}
