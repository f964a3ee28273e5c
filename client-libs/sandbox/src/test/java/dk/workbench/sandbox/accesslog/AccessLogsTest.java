package dk.workbench.sandbox.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessLogPage;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.sandbox.fuldmagt.PowersOfAttorney;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Populations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated logs in-process: totals and pages under filters equal a brute-force walk of every entry. */
class AccessLogsTest {
  private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), DANISH);

  private static Population population;
  private static AccessLogs logs;
  private static Person heavy;
  private static List<AccessLogEntry> everyHeavyEntry;

  @BeforeAll
  static void generate() {
    population = Populations.defaultSeed();
    logs = new AccessLogs(population, PowersOfAttorney.of(population), FIXED);
    heavy = person(Archetype.HEAVY_HISTORY);
    CitizenLog log = logs.generated(heavy);
    everyHeavyEntry = new ArrayList<>(log.size());
    for (int i = 0; i < log.size(); i++) {
      everyHeavyEntry.add(log.entry(i));
    }
  }

  static Stream<AccessLogFilter> filters() {
    Instant from = LocalDate.of(2022, 2, 1).atStartOfDay(DANISH).toInstant();
    Instant to = LocalDate.of(2022, 9, 1).atStartOfDay(DANISH).toInstant();
    return Stream.of(
        new AccessLogFilter(null, null, null, AccessAction.READ, null),
        new AccessLogFilter(null, null, null, AccessAction.PRINT, null),
        new AccessLogFilter(null, null, "Udbetaling Danmark", null, null),
        new AccessLogFilter(null, null, null, null, AccessPurpose.INVESTIGATION),
        new AccessLogFilter(from, to, null, null, null),
        new AccessLogFilter(from, to, "skattestyrelsen", AccessAction.UPDATE, AccessPurpose.CONTROL),
        new AccessLogFilter(null, null, "No Such Authority", null, null),
        new AccessLogFilter(null, null, null, null, null, AccessLogFilter.words("folkepension")),
        new AccessLogFilter(null, null, null, null, null, AccessLogFilter.words("Udbetaling  READ")),
        new AccessLogFilter(from, to, null, null, null, AccessLogFilter.words("sundhed")),
        new AccessLogFilter(null, null, "Udbetaling Danmark", AccessAction.READ, null, AccessLogFilter.words("pension")),
        new AccessLogFilter(null, null, null, null, null, AccessLogFilter.words("no-such-word")));
  }

  @Test
  void theFreeTextNeverMatchesAnEmployeesName() {
    AccessLogEntry named = everyHeavyEntry.stream().filter(e -> e.actor().employeeName() != null).findFirst()
        .orElseThrow();
    String surname = named.actor().employeeName().split(" ")[1];
    long byName = everyHeavyEntry.stream().filter(e -> e.actor().employeeName() != null
        && e.actor().employeeName().contains(surname)).count();
    AccessLogFilter search = new AccessLogFilter(null, null, null, null, null, AccessLogFilter.words(surname));

    AccessLogPage found = logs.page(heavy.personnummer(), search, 0, 100).orElseThrow();

    assertThat(byName).as("entries carrying the name").isGreaterThan(1_000);
    assertThat(found.totalEntries()).as("a search cannot find entries by an employee's name").isZero();
  }

  @ParameterizedTest
  @MethodSource("filters")
  void totalsAndPagesEqualABruteForceWalk(AccessLogFilter filter) {
    List<AccessLogEntry> expected = everyHeavyEntry.stream().filter(filter::matches).toList();

    AccessLogPage first = logs.page(heavy.personnummer(), filter, 0, 100).orElseThrow();
    AccessLogPage deep = logs.page(heavy.personnummer(), filter, 57, 100).orElseThrow();

    assertThat(first.totalEntries()).isEqualTo(expected.size());
    assertThat(first.entries()).containsExactlyElementsOf(expected.subList(0, Math.min(100, expected.size())));
    assertThat(deep.entries()).containsExactlyElementsOf(
        expected.subList(Math.min(5_700, expected.size()), Math.min(5_800, expected.size())));
  }

  @Test
  void timestampsStrictlyDecreaseOverTheWholeHeavyLog() {
    for (int i = 1; i < everyHeavyEntry.size(); i++) {
      if (!everyHeavyEntry.get(i).timestamp().isBefore(everyHeavyEntry.get(i - 1).timestamp())) {
        throw new AssertionError("entry " + i + " is not older than entry " + (i - 1));
      }
    }
    assertThat(everyHeavyEntry.get(0).timestamp())
        .isBefore(LocalDate.of(2026, 3, 15).atStartOfDay(DANISH).toInstant());
  }

  @Test
  void sameSeedAndDaySameLog() {
    AccessLogs again = new AccessLogs(population, PowersOfAttorney.of(population), FIXED);
    for (var archetype : population.archetypes()) {
      AccessLogFilter filter = new AccessLogFilter(null, null, null, AccessAction.READ, null);
      assertThat(again.page(archetype.cpr(), filter, 0, 50))
          .isEqualTo(logs.page(archetype.cpr(), filter, 0, 50));
    }
  }

  @Test
  void aPensionersLogHasFolkepensionRunsAndAChildsHasNone() {
    Person pensioner = person(Archetype.SINGLE_PENSIONER);
    AccessLogFilter pension = new AccessLogFilter(null, null, "Udbetaling Danmark", null, AccessPurpose.PAYMENT);
    List<AccessLogEntry> payments = logs.page(pensioner.personnummer(), pension, 0, 300).orElseThrow().entries();
    assertThat(payments).extracting(AccessLogEntry::system).contains("Pensionssystemet");

    Person child = population.persons().stream()
        .filter(p -> p.persondata().foedselsdato().isAfter(LocalDate.of(2015, 1, 1))).findFirst().orElseThrow();
    assertThat(logs.page(child.personnummer(), AccessLogFilter.NONE, 0, 300).orElseThrow().entries())
        .extracting(AccessLogEntry::system).doesNotContain("Pensionssystemet", "eIndkomst");
  }

  @Test
  void aDeceasedPersonsLogEndsAtTheDeath() {
    Person deceased = person(Archetype.DECEASED);
    LocalDate died = deceased.persondata().status().statusdato();
    AccessLogPage page = logs.page(deceased.personnummer(), AccessLogFilter.NONE, 0, 1).orElseThrow();
    assertThat(page.entries().get(0).timestamp()).isBefore(died.plusDays(1).atStartOfDay(DANISH).toInstant());
  }

  @Test
  void representativesActOnlyWhileTheirPowerApplies() {
    PowersOfAttorney powers = PowersOfAttorney.of(population);
    List<AccessLogEntry> represented = new ArrayList<>();
    for (Person p : population.persons()) {
      if (!powers.grantedBy(p.personnummer()).isEmpty() && represented.size() < 200) {
        logs.page(p.personnummer(), AccessLogFilter.NONE, 0, 300).orElseThrow().entries().stream()
            .filter(e -> e.onBehalfOf() != null).forEach(represented::add);
      }
    }
    assertThat(represented).isNotEmpty().allSatisfy(e -> {
      var power = powers.byId(e.onBehalfOf().powerId()).orElseThrow();
      assertThat(e.onBehalfOf().cpr()).isEqualTo(power.grantee().cpr());
      assertThat(e.timestamp()).isAfterOrEqualTo(power.validFrom().atStartOfDay(DANISH).toInstant());
    });
  }

  private static Person person(Archetype archetype) {
    String cpr = population.archetypes().stream().filter(a -> a.archetype().equals(archetype.id()))
        .findFirst().orElseThrow().cpr();
    return population.find(cpr).orElseThrow();
  }
}
