package dk.workbench.sandbox.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessLogPage;
import dk.workbench.contracts.accesslog.ActorType;
import dk.workbench.contracts.problem.Problem;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.testing.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The access-log API over real HTTP: the heavy citizen's paging, filters, recording with idempotency, errors. */
class AccessLogApiTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();
  private static SandboxServer server;
  private static Http http;
  private static String heavy;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    http = Http.staff(server.baseUrl(), "CALL_AGENT");
    heavy = server.population().archetypes().stream()
        .filter(a -> a.archetype().equals(Archetype.HEAVY_HISTORY.id())).findFirst().orElseThrow().cpr();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void heavyCitizenHasExactlyAMillionEntriesNewestFirst() throws Exception {
    AccessLogPage page = page(heavy, "size=500");

    assertThat(page.totalEntries()).isEqualTo(1_000_000);
    assertThat(page.totalPages()).isEqualTo(2_000);
    assertThat(page.entries()).hasSize(500);
    assertStrictlyNewestFirst(page.entries());
    assertThat(page.entries().get(0).timestamp()).isBefore(Instant.now());
  }

  @Test
  void pagesJoinWithoutGapOrOverlapUpToTheLastPage() throws Exception {
    List<AccessLogEntry> two = page(heavy, "size=200").entries();
    List<AccessLogEntry> first = page(heavy, "size=100&page=0").entries();
    List<AccessLogEntry> second = page(heavy, "size=100&page=1").entries();
    assertThat(ids(first)).containsExactlyElementsOf(ids(two.subList(0, 100)));
    assertThat(ids(second)).containsExactlyElementsOf(ids(two.subList(100, 200)));

    AccessLogPage last = page(heavy, "size=100&page=9999");
    AccessLogPage beyond = page(heavy, "size=100&page=10000");
    assertThat(last.entries()).hasSize(100);
    assertThat(beyond.entries()).isEmpty();
    assertThat(beyond.totalEntries()).isEqualTo(1_000_000);
    assertThat(last.entries().get(99).timestamp()).isBefore(first.get(0).timestamp().minusSeconds(86_400L * 365 * 9));
  }

  @Test
  void filteredPagesHoldOnlyMatchesAndJoinAcrossPages() throws Exception {
    AccessLogPage reads = page(heavy, "size=100&action=READ&organisation=Udbetaling%20Danmark");
    AccessLogPage next = page(heavy, "size=100&page=1&action=READ&organisation=Udbetaling%20Danmark");
    AccessLogPage both = page(heavy, "size=200&action=READ&organisation=Udbetaling%20Danmark");

    assertThat(reads.totalEntries()).isBetween(100_000L, 400_000L).isEqualTo(both.totalEntries());
    assertThat(reads.entries()).hasSize(100).allSatisfy(e -> {
      assertThat(e.action()).isEqualTo(AccessAction.READ);
      assertThat(e.actor().organisation().name()).isEqualTo("Udbetaling Danmark");
    });
    assertThat(ids(both.entries())).containsExactlyElementsOf(concat(ids(reads.entries()), ids(next.entries())));
    assertStrictlyNewestFirst(both.entries());
  }

  @Test
  void organisationFilterTakesTheCvrNumberToo() throws Exception {
    AccessLogEntry any = page(heavy, "size=1&organisation=Skattestyrelsen").entries().get(0);
    String cvr = any.actor().organisation().cvr();

    assertThat(page(heavy, "size=1&organisation=" + cvr).totalEntries())
        .isEqualTo(page(heavy, "size=1&organisation=skattestyrelsen").totalEntries());
  }

  @Test
  void periodFilterKeepsEntriesInsideTheDays() throws Exception {
    AccessLogPage period = page(heavy, "size=500&from=2021-03-01&to=2021-03-31");
    ZoneId danish = ZoneId.of("Europe/Copenhagen");
    Instant from = LocalDate.of(2021, 3, 1).atStartOfDay(danish).toInstant();
    Instant to = LocalDate.of(2021, 4, 1).atStartOfDay(danish).toInstant();

    // one entry about every 300 s: 31 days hold about 8,900
    assertThat(period.totalEntries()).isBetween(8_800L, 9_000L);
    assertThat(period.entries()).allSatisfy(e -> assertThat(e.timestamp()).isAfterOrEqualTo(from).isBefore(to));
    AccessLogPage lastPage = page(heavy, "size=500&from=2021-03-01&to=2021-03-31&page=" + (period.totalPages() - 1));
    assertThat(lastPage.entries()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.timestamp()).isAfterOrEqualTo(from).isBefore(to));
  }

  @Test
  void policeAndIntelligenceNamesAreWithheldOthersShown() throws Exception {
    List<AccessLogEntry> police = page(heavy, "size=200&purpose=INVESTIGATION").entries();
    List<AccessLogEntry> caseworkers = page(heavy, "size=50&purpose=CASE_PROCESSING&organisation=Udbetaling%20Danmark")
        .entries().stream().filter(e -> e.actor().type() == ActorType.EMPLOYEE).toList();

    assertThat(police).isNotEmpty().allSatisfy(e -> {
      assertThat(e.actor().nameWithheld()).isTrue();
      assertThat(e.actor().employeeName()).isNull();
    });
    assertThat(caseworkers).isNotEmpty().allSatisfy(e -> assertThat(e.actor().employeeName()).isNotBlank());
  }

  @Test
  void theFreeTextMatchesWhatTheLogShowsAndARecordedEntryToo() throws Exception {
    AccessLogPage pension = page(heavy, "size=50&q=Folkepension");
    AccessLogPage withRead = page(heavy, "size=50&q=folkepension%20read");
    String cpr = archetype(Archetype.SINGLE_PENSIONER);
    http.post("accesslog/v1/entries", newEntry(cpr, "READ"), "Idempotency-Key", "test-key-q");

    assertThat(pension.totalEntries()).isGreaterThan(10_000);
    assertThat(withRead.totalEntries()).isPositive().isLessThan(pension.totalEntries());
    assertThat(withRead.entries()).allSatisfy(e -> assertThat(e.action()).isEqualTo(AccessAction.READ));
    assertThat(page(cpr, "size=5&q=vejledning%20borgeren").entries()).anySatisfy(
        e -> assertThat(e.correlationId()).isEqualTo("look-up-42"));
  }

  @Test
  void ordinaryCitizensHaveTensToAFewHundredEntries() throws Exception {
    for (var archetype : server.population().archetypes()) {
      if (!archetype.cpr().equals(heavy)) {
        assertThat(page(archetype.cpr(), "size=1").totalEntries()).as(archetype.archetype()).isBetween(10L, 300L);
      }
    }
  }

  @Test
  void recordedEntryComesFirstAndARepeatedKeyStoresNothingNew() throws Exception {
    String cpr = archetype(Archetype.SINGLE_PENSIONER);
    long before = page(cpr, "size=1").totalEntries();
    String body = newEntry(cpr, "READ");

    HttpResponse<String> created = http.post("accesslog/v1/entries", body, "Idempotency-Key", "test-key-1");
    HttpResponse<String> replay = http.post("accesslog/v1/entries", body, "Idempotency-Key", "test-key-1");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    AccessLogEntry entry = MAPPER.readValue(created.body(), AccessLogEntry.class);
    assertThat(MAPPER.readValue(replay.body(), AccessLogEntry.class)).isEqualTo(entry);
    AccessLogPage after = page(cpr, "size=5");
    assertThat(after.totalEntries()).isEqualTo(before + 1);
    assertThat(after.entries().get(0)).isEqualTo(entry);
    assertThat(entry.correlationId()).isEqualTo("look-up-42");
  }

  @Test
  void aRepeatedKeyWithAnotherBodyIsAConflict() throws Exception {
    String cpr = archetype(Archetype.PENSIONER_COUPLE);
    assertThat(http.post("accesslog/v1/entries", newEntry(cpr, "READ"), "Idempotency-Key", "test-key-2").statusCode())
        .isEqualTo(201);

    HttpResponse<String> conflict = http.post("accesslog/v1/entries", newEntry(cpr, "PRINT"),
        "Idempotency-Key", "test-key-2");

    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    assertThat(conflict.body()).doesNotContain(cpr);
  }

  @Test
  void recordingNeedsAnIdempotencyKeyAndAValidBody() {
    String cpr = archetype(Archetype.PENSIONER_COUPLE);
    assertThat(http.post("accesslog/v1/entries", newEntry(cpr, "READ")).statusCode()).isEqualTo(400);
    HttpResponse<String> noCategories = http.post("accesslog/v1/entries",
        newEntry(cpr, "READ").replace("\"dataCategories\":[\"CPR_BASIC\",\"BENEFITS\"]", "\"dataCategories\":[]"),
        "Idempotency-Key", "test-key-3");
    assertThat(noCategories.statusCode()).isEqualTo(400);
    assertThat(noCategories.body()).contains("dataCategories").doesNotContain(cpr);
    assertThat(http.post("accesslog/v1/entries", newEntry("0101010000", "READ"), "Idempotency-Key", "test-key-4")
        .statusCode()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"size=0", "size=501", "page=-1", "action=LOOK", "purpose=FUN", "from=2024-13-01",
      "from=2024-05-01&to=2024-04-01",
      "q=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void badQueriesAreBadRequests(String query) {
    HttpResponse<String> response = http.get("accesslog/v1/citizens/" + heavy + "/entries?" + query);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain(heavy);
  }

  @Test
  void unknownOrMalformedCitizensAndMissingTokensAreRefused() {
    assertThat(http.get("accesslog/v1/citizens/0101010000/entries").statusCode()).isEqualTo(404);
    assertThat(http.get("accesslog/v1/citizens/12345/entries").statusCode()).isEqualTo(400);
    assertThat(new Http(server.baseUrl()).get("accesslog/v1/citizens/" + heavy + "/entries").statusCode())
        .isEqualTo(401);
  }

  static String newEntry(String cpr, String action) {
    return """
        {"citizen":"%s","actor":{"type":"EMPLOYEE","organisation":{"name":"Udbetaling Danmark","cvr":"12345674"},
         "role":"Call-agent","employeeName":"Mette Hansen","nameWithheld":false},
         "system":"Citizen Workbench","action":"%s","dataCategories":["CPR_BASIC","BENEFITS"],
         "purpose":"CITIZEN_INQUIRY","legalBasis":{"text":"Vejledning af borgeren","reference":"Forvaltningsloven"},
         "correlationId":"look-up-42"}
        """.formatted(cpr, action);
  }

  private static String archetype(Archetype archetype) {
    return server.population().archetypes().stream()
        .filter(a -> a.archetype().equals(archetype.id())).findFirst().orElseThrow().cpr();
  }

  private static AccessLogPage page(String cpr, String query) throws Exception {
    HttpResponse<String> response = http.get("accesslog/v1/citizens/" + cpr + "/entries?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return MAPPER.readValue(response.body(), AccessLogPage.class);
  }

  private static void assertStrictlyNewestFirst(List<AccessLogEntry> entries) {
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).timestamp()).isBefore(entries.get(i - 1).timestamp());
    }
  }

  private static List<String> ids(List<AccessLogEntry> entries) {
    return entries.stream().map(AccessLogEntry::id).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
